#!/usr/bin/env python3
"""Writes Sources/SitrepServer/Public/countries.tsv, the country shapes of the web UI's map.

Source: Natural Earth 1:110m admin-0 countries (public domain), as geopandas 0.14.4 bundles
it (geopandas/datasets/naturalearth_lowres/). Get it with
    pip download geopandas==0.14.4 --no-deps -d /tmp/gp && cd /tmp/gp && unzip -o *.whl 'geopandas/datasets/naturalearth_lowres/*'
then run
    python3 Tools/make-world-map.py /tmp/gp/geopandas/datasets/naturalearth_lowres/naturalearth_lowres

Each output line is `ISO3<TAB>name<TAB>SVG path`, in an equirectangular frame of 360 x 180
units (x = longitude + 180, y = 90 - latitude), rounded to 0.1 degree. Reads the shapefile
and dBase formats directly, so nothing beyond Python is needed.
"""
import struct
import sys


def read_dbf(path):
    data = open(path, "rb").read()
    count, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields, offset = [], 32
    while data[offset] != 0x0D:
        name = data[offset:offset + 11].split(b"\0")[0].decode()
        fields.append((name, data[offset + 16]))
        offset += 32
    rows = []
    for index in range(count):
        start = header_len + index * record_len + 1
        row, position = {}, start
        for name, length in fields:
            row[name] = data[position:position + length].decode("utf-8", "replace").strip()
            position += length
        rows.append(row)
    return rows


def read_shapes(path):
    data = open(path, "rb").read()
    offset, shapes = 100, []
    while offset < len(data):
        _, length = struct.unpack(">II", data[offset:offset + 8])
        content = data[offset + 8:offset + 8 + length * 2]
        offset += 8 + length * 2
        kind = struct.unpack("<i", content[:4])[0]
        if kind != 5:
            shapes.append([])
            continue
        parts_count, points_count = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack("<%di" % parts_count, content[44:44 + 4 * parts_count]))
        base = 44 + 4 * parts_count
        points = [struct.unpack("<dd", content[base + 16 * i:base + 16 * i + 16]) for i in range(points_count)]
        rings = [points[start:end] for start, end in zip(parts, parts[1:] + [points_count])]
        shapes.append(rings)
    return shapes


def path_of(rings):
    out = []
    for ring in rings:
        previous, commands = None, []
        for longitude, latitude in ring:
            point = (round(longitude + 180, 1), round(90 - latitude, 1))
            if point != previous:
                commands.append("%g %g" % point)
                previous = point
        if len(commands) >= 3:
            out.append("M" + "L".join(commands) + "Z")
    return "".join(out)


def main():
    base = sys.argv[1]
    rows, shapes = read_dbf(base + ".dbf"), read_shapes(base + ".shp")
    lines = []
    for row, rings in zip(rows, shapes):
        code = row.get("iso_a3", "")
        if code in ("", "-99"):
            code = row.get("name", "")[:3].upper()
        lines.append("%s\t%s\t%s" % (code, row.get("name", ""), path_of(rings)))
    with open("Sources/SitrepServer/Public/countries.tsv", "w") as out:
        out.write("\n".join(sorted(lines)) + "\n")
    print("%d countries" % len(lines))


if __name__ == "__main__":
    main()
