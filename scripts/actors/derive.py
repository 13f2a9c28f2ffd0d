#!/usr/bin/env python3
"""Derives Sitrep's compact actor dictionary from the Phoenix (PETRARCH-2) dictionaries.

Reads the Phoenix country, international and military/non-state actor files and the agents file
(MIT, Open Event Data Alliance) plus the gazetteer's countries.tsv, and writes under
sitrep-engine/src/main/resources/org/sitrep/actors/:

  phoenix-actors.tsv.gz  name, aliases, dated CAMEO codes, PERSON flag (named actors)
  countries.tsv          ISO3, ISO2, names, demonyms, capital (from the gazetteer), spellings
  agents.tsv             agent phrase -> CAMEO role code ("defense minister" -> GOV)

See scripts/actors/README.md for the rules. Python 3 standard library only; run from the
repository root. Re-running on the same inputs gives byte-identical files.
"""

import argparse
import gzip
import io
import os
import re
import sys
import unicodedata

DEFAULT_SRC = "../shared/dictionaries/cameo-phoenix"
OUT = "sitrep-engine/src/main/resources/org/sitrep/actors"
GEO = "sitrep-engine/src/main/resources/org/sitrep/geo"

ACTOR_FILES = [
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
]

HEADER = """# Derived by scripts/actors/derive.py (see scripts/actors/README.md) from the Phoenix actor and
# agent dictionaries of the PETRARCH-2 event coder: Copyright (c) 2014 Open Event Data Alliance,
# MIT License (https://github.com/openeventdata/petrarch2). Changes: re-encoded, dates normalised,
# entries without a usable code dropped.
"""

CODE = re.compile(r"\[([^\]]*)\]")
# Two-digit years in the Phoenix files: PETRARCH reads 00-30 as 20xx, the rest as 19xx.
PIVOT = 30
# Demonyms the prefix rule below misses because they do not look like the country's name.
DEMONYM_EXTRA = {
    "NLD": ["Dutch"], "CHE": ["Swiss"], "GRC": ["Greek"], "THA": ["Thai"], "ARE": ["Emirati"],
    "PSE": ["Palestinian"], "USA": ["American"], "SAU": ["Saudi"], "CYP": ["Cypriot"],
    "PHL": ["Filipino", "Philippine"], "BGD": ["Bangladeshi"], "NZL": ["New Zealander"], "KOR": ["South Korean"],
    "PRK": ["North Korean"], "ZAF": ["South African"], "SSD": ["South Sudanese"],
    "COD": ["Congolese"], "CIV": ["Ivorian"], "FIN": ["Finnish"], "DNK": ["Danish"],
    "SWE": ["Swedish"], "NOR": ["Norwegian"], "POL": ["Polish"], "ESP": ["Spanish"],
    "IRL": ["Irish"], "ISL": ["Icelandic"], "LAO": ["Lao"],
    # Standard English demonyms the Phoenix country blocks lack or that the suffix rule drops
    # (Phoenix files Serbia, Bosnia, Montenegro and the former Soviet republics under dated or
    # compound codes, so their blocks are not read as countries).
    "ARM": ["Armenian"], "AZE": ["Azerbaijani", "Azeri"], "BFA": ["Burkinabe"],
    "BIH": ["Bosnian"], "BLR": ["Belarusian"], "BWA": ["Motswana", "Batswana"],
    "CAF": ["Central African"], "CRI": ["Costa Rican"], "ERI": ["Eritrean"],
    "GEO": ["Georgian"], "KAZ": ["Kazakh", "Kazakhstani"], "KGZ": ["Kyrgyz"],
    "LKA": ["Sri Lankan"], "LSO": ["Basotho", "Mosotho"], "LUX": ["Luxembourger"],
    "MDA": ["Moldovan"], "MDG": ["Malagasy"], "MKD": ["Macedonian"], "MNE": ["Montenegrin"],
    "MMR": ["Burmese"], "NER": ["Nigerien"], "SLE": ["Sierra Leonean"], "SLV": ["Salvadoran"],
    "SOM": ["Somali"], "SVK": ["Slovak"], "SVN": ["Slovenian", "Slovene"],
    "TJK": ["Tajik"], "TKM": ["Turkmen"], "UKR": ["Ukrainian"], "UZB": ["Uzbek"],
    "TUR": ["Turk"], "ARG": ["Argentine"],
    # Short national nouns news uses as adjectives too ("Serb forces", "Croat troops", "a Briton"),
    # which the suffix rule cannot see, and standard demonyms of countries whose Phoenix block has
    # none or only a misspelt one (Phoenix lists "Djibuti", "Comoran", "Maldivan").
    "SRB": ["Serbian", "Serb"], "HRV": ["Croatian", "Croat"], "GBR": ["British", "Briton"],
    "NPL": ["Nepali"], "DJI": ["Djiboutian"], "COM": ["Comorian"], "MDV": ["Maldivian"],
    "SWZ": ["Swazi"], "PNG": ["Papua New Guinean"], "XKX": ["Kosovar"],
}
# Country prefixes of the Phoenix files that are not the ISO 3166-1 alpha-3 code of the country:
# CAMEO's own code for East Timor from before it had an ISO code, and a typo for Angola (UNITA is
# filed as ANGREB). Historical states (DDR, USR, YUG, SCG) keep their codes.
LEGACY_PREFIXES = {"TMP": "TLS", "ANG": "AGO"}
DEMONYM_SUFFIXES = ("an", "ian", "ean", "ese", "ish", "i", "ic", "ch", "ans", "is", "ese")


def key(name):
    """Mirror of the Java ActorDictionary key: case, accents, dots and apostrophes ignored."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"['’.`]", "", s)
    return re.sub(r"[^0-9a-z]+", " ", s).strip()


def phrase(raw):
    """A Phoenix token such as BASHAR_AL_ASSAD_ as a readable phrase: 'Bashar Al Assad'."""
    words = raw.strip().strip("_").replace("_", " ").split()
    out = []
    for w in words:
        # Acronyms (UN, U.N., PKK, ISIS) stay in capitals; other words are title-cased.
        if len(w.replace(".", "")) <= 4 and ("." in w or len(words) == 1):
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def date(text):
    """YYMMDD or YYYYMMDD as YYYYMMDD; None for anything else (the files hold a few typos)."""
    if re.fullmatch(r"\d{8}", text):
        return text
    if re.fullmatch(r"\d{6}", text):
        yy = int(text[:2])
        return ("20" if yy <= PIVOT else "19") + text
    return None


def parse_code(body):
    """'SYRGOV >110101' -> 'SYRGOV@20110101-'; None for null codes ('---') and agents ('~GOV')."""
    parts = body.split()
    if not parts:
        return None
    code = parts[0].upper()
    if not re.fullmatch(r"[A-Z]{3}(?:[A-Z]{3})*", code):
        return None
    code = LEGACY_PREFIXES.get(code[:3], code[:3]) + code[3:]
    if len(parts) == 1:
        return code
    spec = "".join(parts[1:])
    lo = hi = ""
    if spec.startswith(">"):
        lo = date(spec[1:]) or ""
    elif spec.startswith("<"):
        hi = date(spec[1:]) or ""
    elif "-" in spec:
        a, b = spec.split("-", 1)
        lo, hi = date(a) or "", date(b) or ""
    if not lo and not hi:
        return code
    return f"{code}@{lo}-{hi}"


class Entry:
    def __init__(self, name, person):
        self.names = [name]
        self.codes = []
        self.person = person


def strip_comment(line):
    i = line.find("#")
    return (line[:i], line[i + 1:]) if i >= 0 else (line, "")


def read_actors(path, countries, places):
    """Yields (Entry) for every named actor; country headers go into `countries` instead."""
    entries = []
    current = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            body, comment = strip_comment(line)
            if not body.strip():
                continue
            codes = [c for c in (parse_code(m) for m in CODE.findall(body)) if c]
            has_bracket = bool(CODE.search(body))
            text = CODE.sub(" ", body)
            if line[0] in " \t":
                # A code line of the current entry.
                if current is not None:
                    current.codes.extend(codes)
                continue
            if line.startswith("+"):
                if current is not None:
                    for syn in text.split("+"):
                        syn = syn.strip()
                        if syn:
                            current.names.append(syn)
                continue
            name = text.strip()
            if not name:
                continue
            person = "CountryInfo" in comment or "IGOrulers" in comment
            current = Entry(name, person)
            current.codes.extend(codes)
            entries.append(current)
    if not path.endswith("Countries.actors.txt"):
        return entries
    # Country blocks: a non-person entry coded only with bare country codes, possibly dated
    # ("IRAQ_ +IRAQI_ ... [IRQ <20030320] [IRQOCC ...] [IRQ >20060520]"). Its synonyms mix country
    # names, demonyms and cities; they feed the demonym table only.
    named = []
    for e in entries:
        bases = [c.split("@")[0] for c in e.codes]
        if not e.person and bases and all(re.fullmatch(r"[A-Z]{3}(OCC)?", b) for b in bases):
            countries.setdefault(bases[0][:3], []).append(e)
        else:
            named.append(e)
    return named


def read_places():
    """Name keys of the gazetteer's cities and regions, to tell city synonyms from country names."""
    keys = set()
    for file, cols in (("cities.tsv.gz", (1, 2)), ("regions.tsv.gz", (2,))):
        with gzip.open(os.path.join(GEO, file), "rt", encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                fields = line.rstrip("\n").split("\t")
                for c in cols:
                    keys.add(key(fields[c]))
    return keys


def read_geo_countries():
    rows = []
    with open(os.path.join(GEO, "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            iso2, iso3, name, aliases, capital = line.rstrip("\n").split("\t")[:5]
            rows.append((iso3, iso2, name, aliases.split("|") if aliases else [], capital))
    return rows


def edit_distance(a, b):
    """Levenshtein distance (insertions, deletions, replacements)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def initials(name):
    """The initials of a name's words, function words skipped: 'People's Republic of China' -> prc."""
    return "".join(w[0] for w in key(name).split() if w not in ("of", "the", "and"))


# A spelling variant differs from one of the country's names in at most this many letters.
SPELLING_EDITS = 2
SPELLING_MIN_LETTERS = 5


def spellings(names, synonyms, taken, places, person_words):
    """The Phoenix synonyms of a country that are a variant spelling of one of its names.

    News misspells and transliterates country names ("Quatar", "Afganistan", "Phillippines"); the
    Phoenix country blocks list many such forms among city names, regions and foreign names. Kept:
    a synonym within SPELLING_EDITS letters of a name with the same first letter, or an acronym of
    the name's initials of three to five letters ("UAE", "DPRK"); dropped: anything that is a
    city or region, already any country's name or demonym (`taken`), or a word of a person's name
    in the actor files ("Jordon", "Romina" are first names too).
    """
    out = []
    for raw in synonyms:
        p = phrase(raw)
        k = key(p)
        if not k or k in taken or k in places or k in person_words:
            continue
        if " " not in k and 3 <= len(k) <= 5 and any(k == initials(n) for n in names):
            # An acronym written as one word ("UAE", "D.P.R.K."); two letters ("US") would also
            # be an English word in lower case, which names are matched in.
            out.append(p)
        elif len(k) >= SPELLING_MIN_LETTERS and any(
                k[0] == key(n)[0] and edit_distance(k, key(n)) <= SPELLING_EDITS for n in names):
            out.append(p)
    return out


def is_demonym(word, country_keys):
    k = key(word)
    return " " not in k and k.endswith(DEMONYM_SUFFIXES) and k not in country_keys


# Agent nouns news uses with a nationality that the Phoenix agents file lacks on their own
# ("Turkish forces", "Iranian officials"); the codes are those Phoenix gives the longer phrases
# ("GOVERNMENT_FORCES" -> MIL, "GOVERNMENT_OFFICIAL" -> GOV).
AGENT_EXTRA = {"force": "MIL", "forces": "MIL", "official": "GOV", "officials": "GOV"}


def read_agents(path):
    """Agent phrases with their role code; regular plurals added, MINIST stems expanded."""
    subst = {}
    out = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            m = re.match(r"^(![A-Z]+!)\s*=\s*(.*)$", line)
            if m:
                subst[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
                continue
            body, _ = strip_comment(line)
            m = re.search(r"\[~([A-Z]{3,})\]", body)
            if not m:
                continue
            code = m.group(1)
            head = body[: body.index("[")]
            plurals = re.findall(r"\{([^}]*)\}", head)
            head = re.sub(r"\{[^}]*\}", " ", head).strip()
            forms = [head]
            for macro, words in subst.items():
                if macro in head:
                    forms = [f.replace(macro, w) for f in forms for w in words]
            expanded = []
            for form in forms:
                stem = form.rstrip().endswith("MINIST")
                if stem:
                    expanded += [form + s for s in ("ER", "ERS", "RY", "RIES")]
                else:
                    expanded.append(form)
                    if not form.endswith("_") and not plurals:
                        expanded.append(plural(form))
            for p in plurals:
                if p.strip():
                    expanded.append(p.strip())
            for form in expanded:
                k = key(form.replace("_", " "))
                if k and k not in out:
                    out[k] = code[:3]
    for k, code in AGENT_EXTRA.items():
        out.setdefault(k, code)
    return out


def plural(word):
    w = word.rstrip("_")
    if re.search(r"(S|SH|CH|X|Z)$", w):
        return w + "ES"
    if re.search(r"[^AEIOU]Y$", w):
        return w[:-1] + "IES"
    if w.endswith("MAN"):
        return w[:-3] + "MEN"
    return w + "S"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", default=DEFAULT_SRC, help="folder of the Phoenix dictionaries")
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()
    for f in ACTOR_FILES + ["Phoenix.agents.txt", "LICENSE"]:
        if not os.path.exists(os.path.join(args.src, f)):
            sys.exit(f"missing {f} in {args.src}")

    places = read_places()
    geo = read_geo_countries()
    geo_by_iso3 = {row[0]: row for row in geo}
    country_keys = set()
    for iso3, iso2, name, aliases, capital in geo:
        country_keys.add(key(name))
        country_keys.update(key(a) for a in aliases)

    headers = {}
    entries = []
    for f in ACTOR_FILES:
        entries += read_actors(os.path.join(args.src, f), headers, places)

    # Countries: names from the Phoenix header and synonyms that are not cities or regions,
    # demonyms the synonyms ending in a nationality suffix.
    lines = [HEADER + "# Demonyms from the Phoenix country synonyms (plus a short hand list in derive.py);\n"
             "# names and capitals from the gazetteer (org/sitrep/geo/countries.tsv, GeoNames CC BY 4.0).\n"
             "# Spellings: variant spellings and acronyms of the country's names among the Phoenix\n"
             "# country synonyms (\"Quatar\", \"Afganistan\", \"UAE\"), as news misspells them.\n"
             "# iso3\tiso2\tname\tnames(|)\tdemonyms(|)\tcapital\tspellings(|)\n"]
    rows = []
    for iso3 in sorted(geo_by_iso3):
        _, iso2, gname, aliases, capital = geo_by_iso3[iso3]
        prefixes = {key(n)[:3] for n in [gname] + aliases}
        demonyms = list(DEMONYM_EXTRA.get(iso3, []))
        for entry in headers.get(iso3, []):
            for n in entry.names:
                p = phrase(n)
                k = key(p)
                # A demonym shares its first three letters with the country's name ("Syrian",
                # "British" for Britain); foreign names and cities that happen to end in -an, -i,
                # -ese... do not ("Teheran", "Hritan").
                if is_demonym(p, country_keys) and k not in places and k[:3] in prefixes \
                        and not k.endswith("stan"):
                    demonyms.append(p)
        names = dedupe([gname] + aliases)
        demonyms = dedupe(demonyms)
        rows.append([iso3, iso2, gname, names, demonyms, capital])
    # Spelling variants, once every country's names and demonyms are known (a variant never
    # shadows another country's name); a variant two countries claim is dropped.
    taken = set(country_keys)
    person_words = {w for e in entries if e.person for n in e.names for w in key(phrase(n)).split()}
    for row in rows:
        taken.update(key(d) for d in row[4])
    variants = {}
    for iso3, iso2, gname, names, demonyms, capital in rows:
        synonyms = [n for entry in headers.get(iso3, []) for n in entry.names]
        variants[iso3] = dedupe(spellings(names, synonyms, taken, places, person_words))
    claims = {}
    for iso3, vs in variants.items():
        for v in vs:
            claims.setdefault(key(v), set()).add(iso3)
    for iso3, iso2, gname, names, demonyms, capital in rows:
        kept = [v for v in variants[iso3] if len(claims[key(v)]) == 1]
        lines.append("\t".join([iso3, iso2, gname, "|".join(names[1:]), "|".join(demonyms), capital,
                                "|".join(kept)]) + "\n")
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "countries.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.writelines(lines)

    rows, seen = [], set()
    for e in entries:
        codes = dedupe(e.codes)
        if not codes:
            continue
        names = dedupe([phrase(n) for n in e.names if key(phrase(n))])
        if not names:
            continue
        row_key = (key(names[0]), ";".join(codes))
        if row_key in seen:
            continue  # the international file repeats whole sections
        seen.add(row_key)
        rows.append("\t".join([names[0], "|".join(names[1:]), ";".join(codes),
                               "PERSON" if e.person else ""]) + "\n")
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
        gz.write((HEADER + "# name\taliases(|)\tcodes(; CODE or CODE@from-to, dates YYYYMMDD)\tkind\n").encode())
        gz.write("".join(rows).encode("utf-8"))
    with open(os.path.join(args.out, "phoenix-actors.tsv.gz"), "wb") as f:
        f.write(buf.getvalue())

    agents = read_agents(os.path.join(args.src, "Phoenix.agents.txt"))
    with open(os.path.join(args.out, "agents.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER + "# agent phrase (lookup key)\tCAMEO role code\n")
        for k in sorted(agents):
            f.write(f"{k}\t{agents[k]}\n")
    print(f"{len(rows)} actors, {len(lines) - 1} countries, {len(agents)} agent phrases", file=sys.stderr)


def dedupe(items):
    seen, out = set(), []
    for i in items:
        k = key(i) if not re.fullmatch(r"[A-Z]{3,}(@.*)?", i) else i
        if k not in seen:
            seen.add(k)
            out.append(i)
    return out


if __name__ == "__main__":
    main()
