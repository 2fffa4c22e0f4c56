"""scale: where articles are coded (this process, a local process pool, a Dask cluster) and the Parquet
partitions that carry coded documents back to the driver. The ingest that drives them is ``rasid.service``."""

from rasid.scale.engines import ENGINES, Engine, make_engine

__all__ = ["ENGINES", "Engine", "make_engine"]
