"""
OR-tools' round trips through VISITORDER's bench sets, the reference issue 23 names: the routing
solver (one vehicle, the first place as depot) with PATH_CHEAPEST_ARC to start and GUIDED_LOCAL_SEARCH
to improve, on great-circle metres rounded to whole metres (OR-tools takes integer costs), for
SECONDS[size] seconds each. Writes bench/ortoolsTours.json (each set's places, OR-tools' order and
its length in km recomputed from the order), which bench/visits.bench.ts reads. Run again when the
sets change:

    node --import tsx bench/visits.bench.ts --export /tmp/tour-sets.json
    python3 bench/ortoolsTours.py /tmp/tour-sets.json    # needs ortools (pip)
"""
import json
import math
import sys
from pathlib import Path

import ortools
from ortools.constraint_solver import pywrapcp, routing_enums_pb2

RADIUS_KM = 6371.0088  # as core's greatCircleKm


def great_circle_km(a, b):
    rad = math.pi / 180
    dlat, dlon = (b["lat"] - a["lat"]) * rad, (b["lon"] - a["lon"]) * rad
    h = math.sin(dlat / 2) ** 2 + math.cos(a["lat"] * rad) * math.cos(b["lat"] * rad) * math.sin(dlon / 2) ** 2
    return 2 * RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def seconds_for(size):
    """Guided local search runs until its time is up; more places get more time."""
    return 10 if size <= 100 else 30


def solve(places):
    n = len(places)
    metres = [[round(1000 * great_circle_km(p, q)) for q in places] for p in places]
    manager = pywrapcp.RoutingIndexManager(n, 1, 0)
    routing = pywrapcp.RoutingModel(manager)
    cost = routing.RegisterTransitCallback(lambda i, j: metres[manager.IndexToNode(i)][manager.IndexToNode(j)])
    routing.SetArcCostEvaluatorOfAllVehicles(cost)
    search = pywrapcp.DefaultRoutingSearchParameters()
    search.first_solution_strategy = routing_enums_pb2.FirstSolutionStrategy.PATH_CHEAPEST_ARC
    search.local_search_metaheuristic = routing_enums_pb2.LocalSearchMetaheuristic.GUIDED_LOCAL_SEARCH
    search.time_limit.seconds = seconds_for(n)
    solution = routing.SolveWithParameters(search)
    order, index = [], routing.Start(0)
    while not routing.IsEnd(index):
        order.append(manager.IndexToNode(index))
        index = solution.Value(routing.NextVar(index))
    km = sum(great_circle_km(places[order[i]], places[order[(i + 1) % n]]) for i in range(n))
    return {"order": order, "km": round(km, 6), "seconds": seconds_for(n)}


sets = json.loads(Path(sys.argv[1]).read_text())
out = []
for s in sets:
    tour = solve(s["places"])
    out.append({"name": s["name"], "places": s["places"], **tour})
    print(f"{s['name']}: {tour['km']:.1f} km", flush=True)
target = Path(__file__).with_name("ortoolsTours.json")
target.write_text(json.dumps({"ortools": ortools.__version__, "sets": out}) + "\n")
print(f"Wrote {target} (OR-tools {ortools.__version__}).")
