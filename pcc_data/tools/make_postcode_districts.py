#!/usr/bin/env python3
"""Builds pcc_data/postcode_districts.csv from two bases in shared/reference.

Usage: make_postcode_districts.py REFERENCE_DIR FORCE_AREAS_GEOJSON OUTPUT_CSV

1. Local authorities (outcode_to_force.csv, 2017): which councils name the district, and so
   which force or forces (more than one: the district straddles a boundary).
2. Centroids (outcode_centroids.csv, 2015, OS Code-Point Open via freemaptools): the mean
   position of the district's postcodes, put through this project's own force-area polygons
   (point in polygon; a coastal point just outside every area goes to the nearest area within
   MAX_COAST_KM).

Merged, per district:
- both bases agree: that force; certainty as the local-authority basis says (high; medium for a
  straddling district; medium where SOURCES.md says the council rows were misfiled);
- only one basis knows the district: its force(s), certainty medium;
- they disagree: both forces, the centroid's first, straddles=yes, certainty medium: the app asks.
GY, JE and IM (Crown Dependencies) are written as guernsey, jersey and isle-of-man: no PCC.
Districts in neither basis are not written: the app falls back to the postcode area's forces.

Columns: outcode, forces (';'-separated, best first), straddles (yes/no), certainty, basis
(both / authorities / centroid / disagree / crown-dependency / northern-ireland). Output is sorted and byte-stable.
"""
import csv
import json
import math
import re
import sys

MAX_COAST_KM = 6.0

# From SOURCES.md, "Postcode districts" / "Known limits": council rows misfiled in the source.
MISFILED = """BH3, BH12-BH18, BH25, BH31; BL0, BL8, BL9; BN1, BN6-BN12, BN25; CA9-CA11, CA16, CA17;
CH25-CH32, CH41-CH49, CH60-CH63; DG16; HA1-HA3, HA5, HA7; KT8, KT9; KW1, KW3, KW5-KW17;
KY1-KY16; L7-L9; LA1-LA23; LD1-LD8; LE1, LE2, LE10-LE19; LL11-LL23; M25, M26, M28, M29, M45,
M46; NN14, NN17, NN18; OL14; RH15-RH17; TD9; TN22; WA5; WN1-WN8"""

CROWN_DEPENDENCIES = {"GY": "guernsey", "JE": "jersey", "IM": "isle-of-man"}


def expand(spec):
    out = set()
    for item in re.split(r"[;,]\s*", spec.replace("\n", " ")):
        item = item.strip()
        if not item:
            continue
        m = re.fullmatch(r"([A-Z]+)(\d+)-([A-Z]+)(\d+)", item)
        if m:
            for n in range(int(m.group(2)), int(m.group(4)) + 1):
                out.add(f"{m.group(1)}{n}")
        else:
            out.add(item)
    return out


def area_of(outcode):
    return re.match(r"[A-Z]+", outcode).group(0)


def rings_of(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    return geometry["coordinates"]  # MultiPolygon: a list of polygons


def inside_ring(lon, lat, ring):
    result = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
            result = not result
        j = i
    return result


def inside(lon, lat, polygons):
    for polygon in polygons:
        if inside_ring(lon, lat, polygon[0]) and not any(inside_ring(lon, lat, hole) for hole in polygon[1:]):
            return True
    return False


def km_to_segment(lon, lat, a, b):
    # Equirectangular projection around the point: good to well under 1% at these distances.
    kx = 111.32 * math.cos(math.radians(lat))
    ky = 110.57
    ax, ay = (a[0] - lon) * kx, (a[1] - lat) * ky
    bx, by = (b[0] - lon) * kx, (b[1] - lat) * ky
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / length2))
    return math.hypot(ax + t * dx, ay + t * dy)


def km_to_area(lon, lat, polygons):
    best = float("inf")
    for polygon in polygons:
        for ring in polygon:
            for i in range(len(ring) - 1):
                best = min(best, km_to_segment(lon, lat, ring[i], ring[i + 1]))
    return best


def centroid_force(lon, lat, areas):
    for force_id, polygons in areas:
        if inside(lon, lat, polygons):
            return force_id
    distance, force_id = min((km_to_area(lon, lat, polygons), force_id) for force_id, polygons in areas)
    return force_id if distance <= MAX_COAST_KM else None


def main():
    ref, geojson, out = sys.argv[1], sys.argv[2], sys.argv[3]
    misfiled = expand(MISFILED)
    features = json.load(open(geojson, encoding="utf-8"))["features"]
    areas = sorted((f["properties"]["force_id"], rings_of(f["geometry"])) for f in features)

    authorities = {}
    for r in csv.DictReader(open(f"{ref}/outcode_to_force.csv", encoding="utf-8")):
        authorities[r["outcode"]] = r["forces"].split(";")
    centroids = {}
    for r in csv.DictReader(open(f"{ref}/outcode_centroids.csv", encoding="utf-8")):
        centroids[r["outcode"]] = (float(r["longitude"]), float(r["latitude"]))

    rows = []
    for outcode in sorted(set(authorities) | set(centroids), key=lambda o: (area_of(o), o)):
        area = area_of(outcode)
        if area in CROWN_DEPENDENCIES:
            rows.append([outcode, CROWN_DEPENDENCIES[area], "no", "high", "crown-dependency"])
            continue
        if area == "BT":
            rows.append([outcode, "northern-ireland", "no", "high", "northern-ireland"])
            continue
        by_council = authorities.get(outcode)
        by_point = centroid_force(*centroids[outcode], areas) if outcode in centroids else None
        if by_council and by_point:
            if by_point in by_council:
                forces = [by_point] + [f for f in by_council if f != by_point]
                straddles = len(forces) > 1
                certainty = "medium" if straddles or outcode in misfiled else "high"
                rows.append([outcode, ";".join(forces), "yes" if straddles else "no", certainty, "both"])
            else:
                forces = [by_point] + by_council
                rows.append([outcode, ";".join(forces), "yes", "medium", "disagree"])
        elif by_council:
            straddles = len(by_council) > 1
            rows.append([outcode, ";".join(by_council), "yes" if straddles else "no", "medium", "authorities"])
        elif by_point:
            rows.append([outcode, by_point, "no", "medium", "centroid"])
        # else: an offshore or non-geographic district neither basis can place: left out.

    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["outcode", "forces", "straddles", "certainty", "basis"])
        w.writerows(rows)

    counts = {}
    for row in rows:
        counts[(row[4], row[3])] = counts.get((row[4], row[3]), 0) + 1
    for key in sorted(counts):
        print(f"{key[0]:>17} {key[1]:>6} {counts[key]}", file=sys.stderr)
    print(f"{'total':>17} {'':>6} {len(rows)}", file=sys.stderr)


if __name__ == "__main__":
    main()
