import json

import networkx as nx
import pytest
from click.testing import CliRunner

from rasid.cli import main


def run(*args):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result


def test_graph_json_has_edges_and_blocs(seeds_store):
    result = run("graph", "--db", str(seeds_store))
    data = json.loads(result.output)
    assert result.exit_code == 0 and data["edges"] and data["membership"]["LBYREB"] != data["membership"]["LBYGOV"]


@pytest.mark.parametrize(("fmt", "reader"), [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graph_files_open_in_networkx_with_bloc_attribute(seeds_store, tmp_path, fmt, reader):
    path = tmp_path / f"net.{fmt}"
    assert run("graph", "--db", str(seeds_store), "--format", fmt, "--level", "sector", "-o", str(path)).exit_code == 0
    graph = reader(path)
    assert graph.nodes["LBYREB"]["bloc"] != graph.nodes["LBYGOV"]["bloc"]
    assert graph.nodes["EGY"]["bloc"] == graph.nodes["LBYREB"]["bloc"]


def test_graph_window_excludes_undated(seeds_store):
    whole = json.loads(run("graph", "--db", str(seeds_store)).output)["edges"]
    may = json.loads(run("graph", "--db", str(seeds_store), "--start", "2020-05-01", "--end", "2020-05-31").output)
    assert 0 < len(may["edges"]) < len(whole)


def test_actor_by_arabic_name(seeds_store):
    result = run("actor", "السراج", "--db", str(seeds_store), "--format", "json")
    profile = json.loads(result.output)
    assert profile["code"] == "LBYGOV" and "TUR" in {p["code"] for p in profile["partners"]}
    assert any(r["actor_id"] == "fayez_sarraj" and r["roles"] for r in profile["roles"])


def test_actor_table_and_unknown(seeds_store):
    assert "partners" in run("actor", "LBYREB", "--db", str(seeds_store)).output
    unknown = CliRunner().invoke(main, ["actor", "لا أحد", "--db", str(seeds_store)])
    assert unknown.exit_code == 1 and "no actor matches" in unknown.output


def test_timeline_dyad_and_anyone(seeds_store):
    dyad = json.loads(run("timeline", "TUR", "LBYGOV", "--db", str(seeds_store), "--format", "json").output)
    assert dyad["b"] == "LBYGOV" and all(p["count"] for p in dyad["periods"])
    anyone = json.loads(run("timeline", "LBYGOV", "--db", str(seeds_store), "--format", "json").output)
    assert all("by_counterpart" in p for p in anyone["periods"])
    bad = CliRunner().invoke(main, ["timeline", "xx", "--db", str(seeds_store)])
    assert bad.exit_code == 1 and "actor code" in bad.output
