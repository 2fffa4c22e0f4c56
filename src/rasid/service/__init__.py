"""service: what rasid does for its users, over the core and the store. Ingest (``ingest``), the corpus passes
(``corpus``), the read queries by store path (``queries``), the web app's views over an open store
(``browse``, ``network``, ``timeline``, ``places``, ``export``), query parameters (``params``) and scoring
(``evaluation``).

The shells (the CLI, the web app and HTTP API, and ``rasid.api``) call only this layer; it calls the core, the
store and the engines, and nothing calls up (tests/test_architecture.py). The modules load on first use.
"""
