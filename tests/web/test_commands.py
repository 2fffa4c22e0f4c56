import pytest
from click.testing import CliRunner

from rasid.cli import main
from rasid.commands.web import is_loopback


@pytest.mark.parametrize(("host", "loopback"), [("127.0.0.1", True), ("::1", True), ("localhost", True),
                                                ("0.0.0.0", False), ("192.168.1.4", False), ("example.org", False)])
def test_is_loopback(host, loopback):
    assert is_loopback(host) is loopback


def test_serve_needs_an_existing_store(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 2 and "does not exist" in result.output
