"""network: the signed alliance network, blocs, time windows, dyad trajectories and actor profiles (pure)."""

from rasid.network.blocs import Bloc, Blocs, find_blocs
from rasid.network.codes import collapse_code
from rasid.network.evidence import edge_evidence, evidence_item, network_evidence
from rasid.network.graph import Edge, Network, build_network
from rasid.network.profile import actor_profile, resolve_actor
from rasid.network.trajectory import dyad_trajectory
from rasid.network.weights import ROOT_WEIGHTS, event_weight
from rasid.network.windows import event_periods, network_windows, period_bounds

__all__ = ["ROOT_WEIGHTS", "Bloc", "Blocs", "Edge", "Network", "actor_profile", "build_network", "collapse_code",
           "dyad_trajectory", "edge_evidence", "event_periods", "event_weight", "evidence_item", "find_blocs",
           "network_evidence", "network_windows", "period_bounds", "resolve_actor"]
