"""network: the signed alliance network, dyad trajectories (pure functions over event dicts)."""

from rasid.network.codes import collapse_code
from rasid.network.graph import Edge, Network, build_network
from rasid.network.trajectory import dyad_trajectory
from rasid.network.weights import ROOT_WEIGHTS, event_weight

__all__ = ["ROOT_WEIGHTS", "Edge", "Network", "build_network", "collapse_code", "dyad_trajectory", "event_weight"]
