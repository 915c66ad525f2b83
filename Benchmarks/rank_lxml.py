#!/usr/bin/env python3
"""The same job as `ptce rank --format csv`, written the straightforward way in Python with lxml:
the yardstick of issue 19 ("a compiled tool must not lose to a script on its own job").

It reads the same criteria file (Criteria/ptce-2015.xml) and interprets its rules, scales,
parameters, minimum total and tie-break generically; parses and validates every application
against Schemas/application.xsd with lxml (libxml2); makes the decoder's checks the schema cannot
(SIREN/SIRET check digits, balanced budget years, request equal to the call-request lines…);
computes the facts the criteria read (same definitions as PTCEEngine's FactCatalog); sets
copies aside, ranks, funds down the ranking within the envelope; writes report.csv and
report.json into the output folder.

    python3 Benchmarks/rank_lxml.py CORPUS_DIR OUT_DIR [--criteria Criteria/ptce-2015.xml]
    python3 Benchmarks/rank_lxml.py --compare OUT_DIR/report.csv PTCE_REPORT.csv

`--compare` checks that this program and ptce agree on every file's section, status, rank,
total and award (ptce's CSV is in French, with decimal commas); exit status 1 when they differ.
Not a test of ptce: a benchmark's honesty check, so the CPU ratio compares the same work.
"""

import csv
import datetime
import decimal
import json
import os
import sys
import unicodedata
from decimal import Decimal

from lxml import etree

decimal.getcontext().prec = 38
APP = "{urn:x-ptce:application:1}"
CRIT = "{urn:x-ptce:criteria:1}"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Unreadable(Exception):
    pass


# ---------------------------------------------------------------- criteria file


def load_criteria(path):
    root = etree.parse(path).getroot()
    call = root.find(CRIT + "call")
    params = {}
    for p in root.find(CRIT + "parameters"):
        if p.tag != CRIT + "parameter":
            continue
        kind, default = p.get("type"), p.get("default")
        params[p.get("name")] = (default == "true") if kind == "boolean" else Decimal(default)
    criteria = []
    for c in root.findall(CRIT + "criterion"):
        rule = c.find(CRIT + "rule")
        scale = c.find(CRIT + "scale")
        criteria.append(
            {
                "id": c.get("id"),
                "kind": c.get("kind"),
                "weight": Decimal(c.get("weight") or "0"),
                "minimum": params.get(c.get("minimumParam")) if c.get("minimumParam") else
                (Decimal(c.get("minimum")) if c.get("minimum") else None),
                "rule": rule[0] if rule is not None else None,
                "scale": scale[0] if scale is not None else None,
            }
        )
    minimum = root.find(CRIT + "minimumTotal")
    minimum_total = None
    if minimum is not None:
        minimum_total = params[minimum.get("param")] if minimum.get("param") else Decimal(minimum.get("value"))
    tie = []
    for by in root.iter(CRIT + "by"):
        tie.append((by.get("criterion"), by.get("fact"), by.get("order") == "descending"))
    return {
        "call": {
            "id": call.get("id"),
            "opens": timestamp(call.findtext(CRIT + "opens")),
            "deadline": timestamp(call.findtext(CRIT + "deadline")),
            "envelope": Decimal(call.findtext(CRIT + "envelope")),
            "minimumAward": Decimal(call.findtext(CRIT + "minimumAward")),
            "maximumAward": Decimal(call.findtext(CRIT + "maximumAward")),
        },
        "params": params,
        "criteria": criteria,
        "minimumTotal": minimum_total,
        "tieBreak": tie,
    }


def timestamp(text):
    """An xs:dateTime with its time zone, as seconds since 1970; None otherwise."""
    if text is None:
        return None
    text = text.strip()
    if len(text) < 20 or text[4] != "-" or text[7] != "-" or text[10] != "T":
        return None
    try:
        value = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if value.tzinfo is None:
        return None
    return Decimal(str(value.timestamp()))


# ---------------------------------------------------------------- application decoding


def collapsed(text):
    return None if text is None else text.strip(" \t\r\n")


def child_text(element, name):
    if element is None:
        return None
    found = element.find(APP + name)
    if found is None or found.text is None:
        return None
    text = found.text.strip()
    return text or None


def boolean(text):
    text = collapsed(text)
    return None if text is None else text in ("true", "1")


def amount(text):
    text = collapsed(text)
    if text is None:
        return None
    if text.endswith("."):
        text = text[:-1]
    return Decimal(text)


def luhn(digits):
    if not digits or not digits.isdigit():
        return False
    total = 0
    for offset, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if offset % 2 == 1:
            value *= 2
            value = value - 9 if value > 9 else value
        total += value
    return total % 10 == 0


def siren(element):
    if element is None:
        return None
    text = (element.text or "").strip()
    if not (len(text) == 9 and luhn(text)):
        raise Unreadable("value.siren-check-digit")
    return text


def normalize(name):
    folded = "".join(c for c in unicodedata.normalize("NFD", name.casefold()) if unicodedata.category(c) != "Mn")
    words, word = [], []
    for char in folded:
        if char.isalnum():
            word.append(char)
        elif word:
            words.append("".join(word))
            word = []
    if word:
        words.append("".join(word))
    return " ".join(words)


def decode(root):
    if root.tag != APP + "application":
        raise Unreadable("value.root-element")
    identity = root.find(APP + "identity")
    name = child_text(identity, "name")
    if name is None:
        raise Unreadable("value.identity-name")
    submitted = None
    submitted_element = identity.find(APP + "submittedAt")
    if submitted_element is not None:
        submitted = timestamp(submitted_element.text)
        if submitted is None:
            raise Unreadable("value.date")
    requested = amount(child_text(identity, "requestedAmount"))
    app = {"name": name, "call": root.get("call", ""), "submittedAt": submitted, "requested": requested,
           "stage": child_text(identity, "stage")}

    carrier = root.find(APP + "carrier")
    app["carrier"] = None
    if carrier is not None:
        app["carrier"] = {
            "legalForm": child_text(carrier, "legalForm"),
            "siren": siren(carrier.find(APP + "siren")),
            "privateLaw": boolean(child_text(carrier, "privateLaw")),
            "memberID": carrier.get("member"),
            "ownLegalPerson": boolean(carrier.get("ownLegalPerson")),
        }

    members_element = root.find(APP + "members")
    members = None
    if members_element is not None:
        members, seen = [], set()
        for m in members_element.findall(APP + "member"):
            member_id, member_name = m.get("id"), child_text(m, "name")
            if member_id is None or member_name is None:
                raise Unreadable("value.member-id-name")
            if member_id in seen:
                raise Unreadable("value.duplicate-member-id")
            seen.add(member_id)
            member = {
                "id": member_id, "name": member_name, "legalPerson": m.get("person") != "natural",
                "legalForm": child_text(m, "legalForm"), "siren": siren(m.find(APP + "siren")),
                "category": child_text(m, "category"), "ess": None, "grouping": None,
            }
            siret = m.find(APP + "siret")
            if siret is not None:
                text = (siret.text or "").strip()
                if not (len(text) == 14 and luhn(text)):
                    raise Unreadable("value.siret-check-digit")
                if member["siren"] and not text.startswith(member["siren"]):
                    raise Unreadable("value.siret-siren-mismatch")
            ess = m.find(APP + "ess")
            if ess is not None:
                member["ess"] = {
                    "basis": ess.get("basis") or "none",
                    "conditions": [boolean(child_text(ess, c)) for c in (
                        "limitedProfit", "democraticGovernance", "profitsMostlyReinvested",
                        "undistributableReserves", "socialUtility")],
                    "proof": boolean(child_text(ess, "esusApproval")) is True
                    or boolean(child_text(ess, "essRegistration")) is True,
                }
            grouping = m.find(APP + "grouping")
            if grouping is not None:
                if member["category"] != "grouping-of-enterprises":
                    raise Unreadable("value.grouping-category")
                member["grouping"] = grouping_counts(grouping)
            if not member["legalPerson"] and member["siren"] is not None:
                raise Unreadable("value.natural-person-siren")
            members.append(member)
    app["members"] = members
    names = {m["id"]: m["name"] for m in members or []}

    territory = root.find(APP + "territory")
    app["territory"] = None
    if territory is not None:
        for epci in territory.findall(APP + "epci"):
            siren(epci)
        app["territory"] = {
            "departements": [(e.text or "").strip() for e in territory.findall(APP + "departement")],
            "epcis": territory.findall(APP + "epci"),
            "communes": [(e.text or "").strip() for e in territory.findall(APP + "commune")],
            "qpv": [(e.text or "").strip() for e in territory.findall(APP + "qpv")],
            "deindustrialised": boolean(child_text(territory, "deindustrialised")),
            "ruralRevitalisation": boolean(child_text(territory, "ruralRevitalisation")),
            "themes": {(e.text or "").strip() for e in territory.findall(APP + "priorityTheme")},
        }
    strategy = root.find(APP + "strategy")
    app["strategy"] = None if strategy is None else [
        (a.get("kind"), [(s.text or "").strip() for s in a.findall(APP + "shares")])
        for a in strategy.findall(APP + "action")
    ]
    innovation = root.find(APP + "innovation")
    app["innovation"] = None if innovation is None else (
        boolean(innovation.get("social")), boolean(innovation.get("technological")))
    projects = root.find(APP + "projects")
    app["projects"] = None if projects is None else [
        amount(child_text(p, "jobsCreatedFte")) for p in projects.findall(APP + "project")
    ]
    budget = root.find(APP + "budget")
    app["budget"] = None
    if budget is not None:
        years = {}
        for year in budget.findall(APP + "year"):
            index = int(collapsed(year.get("index")))
            if index in years:
                raise Unreadable("value.budget-year-twice")
            lines = []
            for line in year.findall(APP + "resource"):
                source, value = line.get("source"), amount(line.get("amount"))
                funder_member = line.get("funderMember")
                if source == "local-authority" and not line.get("funder") and funder_member is None:
                    raise Unreadable("value.local-authority-funder")
                lines.append((source, value))
            costs = amount(child_text(year, "eligibleCosts")) or Decimal(0)
            if sum((v for _, v in lines), Decimal(0)) != costs:
                raise Unreadable("value.budget-unbalanced")
            years[index] = lines
        app["budget"] = years
        request_lines = sum((v for y in years.values() for s, v in y if s == "call-request"), Decimal(0))
        if requested is not None and request_lines > 0 and request_lines != requested:
            raise Unreadable("value.request-mismatch")
        if requested is None and request_lines > 0:
            app["requested"] = request_lines
    previous = root.find(APP + "previousStateSupport")
    app["previous"] = None if previous is None else boolean(previous.get("received")) is True
    return app


def grouping_counts(grouping):
    ess, non_ess = grouping.get("essMembers"), grouping.get("nonEssMembers")
    companies = [boolean(c.get("ess")) for c in grouping.findall(APP + "company")]
    companies = [c for c in companies if c is not None]
    listed = (sum(1 for c in companies if c), sum(1 for c in companies if not c))
    if ess is not None and non_ess is not None:
        stated = (int(ess), int(non_ess))
        if companies and stated != listed:
            raise Unreadable("value.grouping-counts-mismatch")
        return stated
    if ess is None and non_ess is None:
        if not companies:
            raise Unreadable("value.grouping-counts-missing")
        return listed
    raise Unreadable("value.grouping-counts-missing")


# ---------------------------------------------------------------- facts (PTCEEngine's definitions)

ESS_BY_STATUS = {"association", "foundation", "mutual", "cooperative", "scop", "scic", "cae"}
COMMERCIAL = {"sa", "sas", "sasu", "sarl", "eurl", "snc", "sca"}
PUBLIC_LAW = {"commune", "epci", "departement", "region", "syndicat-mixte", "public-establishment", "other-public"}
ENTERPRISE_CATEGORIES = {"ess-enterprise", "conventional-business", "grouping-of-enterprises"}
OTHER_CATEGORIES = {"local-authority", "research-centre", "higher-education", "training-body", "other"}
OVERSEAS = {"971", "972", "973", "974", "976", "975", "977", "978"}
YES, NO, UNKNOWN = 1, 0, 2


def ess_status(m):
    if not m["legalPerson"]:
        return NO
    form = m["legalForm"]
    if form is None:
        return NO if m["category"] is not None and m["category"] not in ENTERPRISE_CATEGORIES else UNKNOWN
    if form in ESS_BY_STATUS:
        return YES
    if form in PUBLIC_LAW or form in ("gie", "endowment-fund", "natural-person"):
        return NO
    ess = m["ess"]
    if ess is not None and ess["proof"]:
        return YES
    basis = ess["basis"] if ess is not None else None
    if basis == "none":
        return NO
    if basis == "conditions":
        if False in ess["conditions"]:
            return NO
        return UNKNOWN if None in ess["conditions"] else YES
    if ess is None and m["category"] not in ("ess-enterprise", None):
        return NO
    return UNKNOWN


def is_grouping(m):
    return m["category"] == "grouping-of-enterprises" or m["legalForm"] == "gie"


def fills_non_ess(m):
    if not m["legalPerson"]:
        return NO
    if is_grouping(m):
        if m["grouping"] is None:
            return UNKNOWN
        ess, non_ess = m["grouping"]
        return YES if non_ess * 2 > ess + non_ess else NO
    form = m["legalForm"]
    if form is None:
        return UNKNOWN if m["category"] in ("conventional-business", "ess-enterprise", None) else NO
    if form not in COMMERCIAL and form != "other-private":
        return NO
    status = ess_status(m)
    return NO if status == YES else YES if status == NO else UNKNOWN


def fills_other(m):
    if not m["legalPerson"]:
        return NO
    return YES if m["category"] in OTHER_CATEGORIES or m["legalForm"] in PUBLIC_LAW else NO


def counted_members(app):
    if app["members"] is None:
        return None
    carrier = app["carrier"]
    excluded = carrier["memberID"] if carrier is not None and carrier["ownLegalPerson"] is True else None
    return [m for m in app["members"] if m["legalPerson"] and m["id"] != excluded]


def fitting(app, fit):
    members = counted_members(app)
    if members is None:
        return None
    fits = [fit(m) for m in members]
    known, unknown = fits.count(YES), fits.count(UNKNOWN)
    return ("num", Decimal(known)) if unknown == 0 else ("range", Decimal(known), Decimal(known + unknown))


def matching(edges, count):
    role_of = [None] * count

    def augment(role, visited):
        for member in edges[role]:
            if visited[member]:
                continue
            visited[member] = True
            if role_of[member] is not None and not augment(role_of[member], visited):
                continue
            role_of[member] = role
            return True
        return False

    for role in range(len(edges)):
        augment(role, [False] * count)
    return sum(1 for r in role_of if r is not None)


def composition_roles(app):
    members = counted_members(app)
    if members is None:
        return None
    sure, possible = [], []
    for fit in (ess_status, fills_non_ess, fills_other):
        fits = [fit(m) for m in members]
        sure.append([i for i, f in enumerate(fits) if f == YES])
        possible.append([i for i, f in enumerate(fits) if f != NO])
    low, high = matching(sure, len(members)), matching(possible, len(members))
    return ("num", Decimal(low)) if low == high else ("range", Decimal(low), Decimal(high))


def own_share(app, index, params):
    budget = app["budget"]
    if budget is None or index not in budget:
        return None
    lines = budget[index]
    total = sum((v for _, v in lines), Decimal(0))
    if total <= 0:
        return None
    own = {"sales", "membership-fees"} | ({"in-kind"} if params["inKindCountsAsOwn"] else set())
    return ("num", sum((v for s, v in lines if s in own), Decimal(0)) * 100 / total)


def territory_count(app, read):
    territory = app["territory"]
    return None if territory is None else ("num", Decimal(read(territory)))


def priority_areas(t):
    departements = set(t["departements"]) | {c[:3] if c.startswith("97") else c[:2] for c in t["communes"]}
    return sum([bool(t["qpv"]), t["deindustrialised"] is True, t["ruralRevitalisation"] is True,
                bool(departements & OVERSEAS)])


def jobs(app):
    stated = [j for j in app["projects"] or [] if j is not None]
    return ("num", sum(stated, Decimal(0))) if stated else None


def rising(app, params):
    first, third = own_share(app, 1, params), own_share(app, 3, params)
    if first is None or third is None:
        return None
    return ("bool", third[1] > first[1])


def carrier_private_law(app):
    carrier = app["carrier"]
    if carrier is None:
        return None
    if carrier["legalForm"] is not None:
        return ("bool", carrier["legalForm"] not in PUBLIC_LAW and carrier["legalForm"] != "natural-person")
    return None if carrier["privateLaw"] is None else ("bool", carrier["privateLaw"])


def innovative(app):
    innovation = app["innovation"]
    if innovation is None or innovation == (None, None):
        return None
    return ("bool", True in innovation)


FACTS = {
    "submittedAt": lambda a, p: None if a["submittedAt"] is None else ("ts", a["submittedAt"]),
    "carrierPrivateLaw": lambda a, p: carrier_private_law(a),
    "previousStateSupport": lambda a, p: None if a["previous"] is None else ("bool", a["previous"]),
    "innovative": lambda a, p: innovative(a),
    "legalPersonCount": lambda a, p: None if a["members"] is None else ("num", Decimal(len(counted_members(a)))),
    "essEnterpriseCount": lambda a, p: fitting(a, ess_status),
    "conventionalBusinessCount": lambda a, p: fitting(a, fills_non_ess),
    "article9OtherPersonCount": lambda a, p: fitting(a, fills_other),
    "compositionRoles": lambda a, p: composition_roles(a),
    "territoryDefined": lambda a, p: None if a["territory"] is None else (
        "bool", bool(a["territory"]["departements"] or a["territory"]["epcis"] or a["territory"]["communes"])),
    "priorityAreasAndThemes": lambda a, p: territory_count(a, lambda t: priority_areas(t) + len(t["themes"])),
    "ownResourcesShareY3": lambda a, p: own_share(a, 3, p),
    "ownResourcesRising": rising,
    "jobsCreatedFte": lambda a, p: jobs(a) if a["projects"] else None,
    "sharedResourceKinds": lambda a, p: None if a["strategy"] is None else (
        "num", Decimal(len({s for _, shares in a["strategy"] for s in shares}))),
    "valueChainActionCount": lambda a, p: None if a["strategy"] is None else (
        "num", Decimal(sum(1 for kind, _ in a["strategy"] if kind == "value-chain"))),
}

# ---------------------------------------------------------------- rules and scales

PASS, FAIL, UNDETERMINED = "pass", "fail", "undetermined"
HOLDS = {"ge": lambda a, b: a >= b, "gt": lambda a, b: a > b, "le": lambda a, b: a <= b,
         "lt": lambda a, b: a < b, "eq": lambda a, b: a == b, "ne": lambda a, b: a != b}


class Evaluation:
    def __init__(self, app, criteria):
        self.app, self.criteria, self.cache = app, criteria, {}

    def fact(self, name):
        if name not in self.cache:
            self.cache[name] = FACTS[name](self.app, self.criteria["params"])
        return self.cache[name]

    def operand(self, element):
        if element.get("param") is not None:
            value = self.criteria["params"][element.get("param")]
            return ("bool", value) if isinstance(value, bool) else ("num", value)
        if element.get("call") is not None:
            value = self.criteria["call"][element.get("call")]
            return ("ts", value) if element.get("call") in ("opens", "deadline") else ("num", value)
        text = element.get("value")
        return ("bool", text == "true") if text in ("true", "false") else ("num", Decimal(text))

    def rule(self, element):
        tag = etree.QName(element).localname
        if tag in ("isTrue", "isFalse"):
            value = self.fact(element.get("fact"))
            if value is None or value[0] != "bool":
                return UNDETERMINED
            return PASS if value[1] == (tag == "isTrue") else FAIL
        if tag == "compare":
            return compare(self.fact(element.get("fact")), element.get("op"), self.operand(element))
        parts = [self.rule(child) for child in element if isinstance(child.tag, str)]
        if tag == "all":
            return FAIL if FAIL in parts else UNDETERMINED if UNDETERMINED in parts else PASS
        if tag == "any":
            return PASS if PASS in parts else UNDETERMINED if UNDETERMINED in parts else FAIL
        if tag == "not":
            return {PASS: FAIL, FAIL: PASS}.get(parts[0], UNDETERMINED)
        raise ValueError("unknown rule " + tag)

    def fraction(self, scale):
        tag = etree.QName(scale).localname
        if tag == "whenTrue":
            outcome = self.rule(scale[0])
            return {PASS: Decimal(1), FAIL: Decimal(0)}.get(outcome)
        if tag == "linear":
            value = self.fact(scale.get("fact"))
            zero = self.operand(scale.find(CRIT + "zero"))[1]
            full = self.operand(scale.find(CRIT + "full"))[1]
            bounds = fact_bounds(value)
            if bounds is None:
                return None
            low, high = (max(Decimal(0), min(Decimal(1), (v - zero) / (full - zero))) for v in bounds)
            return low if low == high else None
        if tag == "steps":
            bounds = fact_bounds(self.fact(scale.get("fact")))
            if bounds is None:
                return None
            steps = [(Decimal(s.get("atLeast")), Decimal(s.get("fraction"))) for s in scale]
            low, high = ([f for at, f in steps if at <= v][-1:] or [Decimal(0)] for v in bounds)
            return low[0] if low == high else None
        raise ValueError("unknown scale " + tag)

    def evaluate(self):
        """(status, total, points by criterion id)."""
        gates, total, pending, points = [], Decimal(0), Decimal(0), {}
        undetermined = False
        score_failed = False
        for criterion in self.criteria["criteria"]:
            if criterion["kind"] == "gate":
                outcome = self.rule(criterion["rule"]) if criterion["rule"] is not None else UNDETERMINED
                gates.append(outcome)
                undetermined |= outcome == UNDETERMINED
                continue
            scale, weight = criterion["scale"], criterion["weight"]
            tag = etree.QName(scale).localname
            if tag == "marked":
                pending += weight  # awaiting the jury's marks: not undetermined for the status
                continue
            limit = None
            if tag == "mixed":
                adjust = scale.get("adjustParam")
                limit = self.criteria["params"][adjust] if adjust else Decimal(scale.get("adjust") or 0)
                scale = scale[0]
            fraction = self.fraction(scale)
            if fraction is None:
                undetermined = True
                continue
            computed = (weight * fraction).quantize(Decimal("0.01"), rounding=decimal.ROUND_HALF_UP)
            headroom = max(Decimal(0), min(limit, weight - computed)) if limit is not None else Decimal(0)
            pending += headroom
            points[criterion["id"]] = computed
            total += computed
            if criterion["minimum"] is not None and computed + headroom < criterion["minimum"]:
                score_failed = True
        minimum_total = self.criteria["minimumTotal"]
        if FAIL in gates:
            status = "ineligible"
        elif undetermined:
            status = "incomplete"
        elif score_failed or (minimum_total is not None and total + pending < minimum_total):
            status = "below-threshold"
        else:
            status = "eligible"
        return status, total, points


def fact_bounds(value):
    if value is None:
        return None
    if value[0] == "num":
        return value[1], value[1]
    if value[0] == "range":
        return value[1], value[2]
    return None


def compare(left, op, right):
    if left is None:
        return UNDETERMINED
    if left[0] == "ts" and right[0] == "ts":
        return PASS if HOLDS[op](left[1], right[1]) else FAIL
    if left[0] == "bool" and right[0] == "bool":
        return UNDETERMINED if op not in ("eq", "ne") else PASS if HOLDS[op](left[1], right[1]) else FAIL
    bounds = fact_bounds(left)
    if bounds is None or right[0] != "num":
        return UNDETERMINED
    low, high = bounds
    target = right[1]
    if op in ("eq", "ne") and low != high:
        if low <= target <= high:
            return UNDETERMINED
        return PASS if op == "ne" else FAIL
    at_low, at_high = HOLDS[op](low, target), HOLDS[op](high, target)
    return (PASS if at_low else FAIL) if at_low == at_high else UNDETERMINED


# ---------------------------------------------------------------- the batch


def rank(corpus, out, criteria_path):
    import hashlib

    criteria = load_criteria(criteria_path)
    schema = etree.XMLSchema(etree.parse(os.path.join(ROOT, "Schemas/application.xsd")))
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    files = sorted(os.path.join(corpus, name) for name in os.listdir(corpus) if name.endswith(".xml"))
    evaluated, unreadable = [], []
    for path in files:
        with open(path, "rb") as handle:
            data = handle.read()
        sha = hashlib.sha256(data).hexdigest()
        try:
            try:
                document = etree.fromstring(data, parser).getroottree()
            except etree.XMLSyntaxError:
                raise Unreadable("syntax")
            if document.docinfo.doctype:
                raise Unreadable("policy.doctype")
            if not schema.validate(document):
                raise Unreadable("schema")
            app = decode(document.getroot())
        except Unreadable as problem:
            unreadable.append({"file": path, "sha256": sha, "problem": str(problem)})
            continue
        status, total, points = Evaluation(app, criteria).evaluate()
        carrier_siren = (app["carrier"] or {}).get("siren")
        key = ("application", app["call"], carrier_siren, normalize(app["name"])) if carrier_siren else ("sha256", sha)
        evaluated.append({"file": path, "sha256": sha, "name": app["name"], "status": status, "total": total,
                          "points": points, "requested": app["requested"], "submittedAt": app["submittedAt"],
                          "key": key})

    groups = {}
    for entry in evaluated:
        groups.setdefault(entry["key"], []).append(entry)
    duplicates = []
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda e: (e["submittedAt"] is None, e["submittedAt"] or 0, e["file"]))
        for copy in members[1:]:
            copy["duplicateOf"] = members[0]["file"]
            duplicates.append(copy)
    kept = [e for e in evaluated if "duplicateOf" not in e]

    def order_key(entry):
        key = [-entry["total"]]
        for criterion, fact, descending in criteria["tieBreak"]:
            value = entry["points"].get(criterion) if criterion else entry.get(fact)
            # A missing value sorts after any value, in either direction.
            key.append((value is None, 0 if value is None else (-value if descending else value)))
        return key + [entry["name"], entry["file"]]

    ranking = sorted((e for e in kept if e["status"] == "eligible"), key=order_key)
    below = sorted((e for e in kept if e["status"] == "below-threshold"), key=order_key)
    call, used, cutoff = criteria["call"], Decimal(0), None
    for index, entry in enumerate(ranking):
        entry["award"], entry["decision"] = Decimal(0), "funded"
        requested = entry["requested"]
        if cutoff is not None:
            entry["decision"] = "beyond-envelope"
        elif requested is None or requested <= 0:
            entry["decision"] = "request-missing"
        elif min(requested, call["maximumAward"]) < call["minimumAward"]:
            entry["decision"] = "below-minimum"
        elif min(requested, call["maximumAward"]) > call["envelope"] - used:
            entry["decision"], cutoff = "beyond-envelope", index
        else:
            entry["award"] = min(requested, call["maximumAward"])
            used += entry["award"]

    rows = []
    for index, entry in enumerate(ranking):
        rows.append((entry, "ranked", index + 1))
    for index, entry in enumerate(below):
        rows.append((entry, "below-threshold", index + 1))
    for section in ("incomplete", "ineligible"):
        rows += [(e, section, None) for e in kept if e["status"] == section]
    rows += [(e, "duplicate", None) for e in sorted(duplicates, key=lambda e: e["file"])]
    os.makedirs(out, exist_ok=True)
    scores = [c["id"] for c in criteria["criteria"] if c["kind"] == "score"]

    def shown(path):
        # Files are named relative to the batch's folder, as ptce's reports name them.
        return os.path.relpath(path, corpus) if path else path

    with open(os.path.join(out, "report.csv"), "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["file", "section", "rank", "name", "status", "total"] + scores +
                        ["requested", "award", "decision", "sha256", "duplicateOf"])
        for entry, section, position in rows:
            writer.writerow([shown(entry["file"]), section, position or "", entry["name"], entry["status"],
                             number(entry["total"])] + [number(entry["points"].get(s)) for s in scores] +
                            [number(entry["requested"]), number(entry.get("award")), entry.get("decision", ""),
                             entry["sha256"], shown(entry.get("duplicateOf", ""))])
        for item in unreadable:
            writer.writerow([shown(item["file"]), "unreadable", "", "", "unreadable", ""] + [""] * len(scores) +
                            ["", "", "", item["sha256"], ""])
    report = {
        "call": call["id"],
        "counts": {"received": len(files), "unreadable": len(unreadable), "eligible": len(ranking),
                   "belowThreshold": len(below), "duplicates": len(duplicates),
                   "funded": sum(1 for e in ranking if e["decision"] == "funded")},
        "funding": {"envelope": float(call["envelope"]), "used": float(used), "cutoffAfterRank": cutoff},
        "applications": [
            {"file": shown(e["file"]), "section": section, "rank": position, "name": e["name"], "status": e["status"],
             "total": float(e["total"]), "points": {k: float(v) for k, v in e["points"].items()},
             "requested": None if e["requested"] is None else float(e["requested"]),
             "award": float(e["award"]) if "award" in e else None, "decision": e.get("decision"), "sha256": e["sha256"]}
            for e, section, position in rows
        ] + [{"file": shown(u["file"]), "section": "unreadable", "problem": u["problem"], "sha256": u["sha256"]}
             for u in unreadable],
    }
    with open(os.path.join(out, "report.json"), "w", encoding="utf-8") as handle:
        json.dump(report, handle, ensure_ascii=False, indent=1)


def number(value):
    if value is None:
        return ""
    text = format(value.normalize(), "f") if isinstance(value, Decimal) else str(value)
    return text


# ---------------------------------------------------------------- the agreement check

PTCE_SECTIONS = {"classé": "ranked", "sous le seuil": "below-threshold", "incomplet": "incomplete",
                 "inéligible": "ineligible", "doublon": "duplicate", "illisible": "unreadable",
                 "en attente de notes": "pending-marks"}
PTCE_STATUS = {"éligible": "eligible", "sous le seuil": "below-threshold", "incomplet": "incomplete",
               "inéligible": "ineligible", "illisible": "unreadable"}


def compare_reports(mine_path, ptce_path):
    def ptce_number(text):
        return None if text == "" else Decimal(text.replace(",", ".").replace("\u202f", "").replace(" ", ""))

    with open(mine_path, encoding="utf-8") as handle:
        mine = {row[0]: row for row in csv.reader(handle, delimiter=";")}
    with open(ptce_path, encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    header, theirs = rows[0], {row[0]: row for row in rows[1:]}
    award_column = header.index("proposé")
    differences = 0
    if set(mine) - {"file"} != set(theirs):
        print(f"files differ: {len(set(mine) ^ set(theirs) - {'file'})}")
        differences += 1
    for file, row in theirs.items():
        other = mine.get(file)
        if other is None:
            continue
        section, status = PTCE_SECTIONS.get(row[1], row[1]), PTCE_STATUS.get(row[4], row[4])
        expected = (section, row[2], status if section != "unreadable" else "unreadable", ptce_number(row[5]),
                    ptce_number(row[award_column]) if section == "ranked" else None)
        got = (other[1], other[2], other[4], ptce_number(other[5]),
               ptce_number(other[-4]) if other[1] == "ranked" else None)
        if expected != got:
            differences += 1
            if differences <= 10:
                print(f"{file}: ptce {expected}, python {got}")
    print(f"compared {len(theirs)} files: {differences} differences")
    return differences == 0


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if arguments and arguments[0] == "--compare":
        sys.exit(0 if compare_reports(arguments[1], arguments[2]) else 1)
    criteria_file = os.path.join(ROOT, "Criteria/ptce-2015.xml")
    if "--criteria" in arguments:
        position = arguments.index("--criteria")
        criteria_file = arguments[position + 1]
        del arguments[position:position + 2]
    rank(arguments[0], arguments[1], criteria_file)
