"""A small RFC 4515 filter evaluator for SearchDirectoryRequest <query> (reference 5.2).

Supports &, |, !, equality, presence (=*), substrings (a*b*c), >= and <=, with \\XX escapes.
Matching is case-insensitive, as for the directory string attributes Zimbra searches.
"""
import re

import faults


def _unescape(s):
    return re.sub(r"\\([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 16)), s)


class Filter:
    def __init__(self, text):
        self.text = text.strip()
        if not self.text.startswith("("):
            self.text = "(" + self.text + ")"
        self.pos = 0
        try:
            self.tree = self._parse()
        except (IndexError, ValueError):
            self.tree = None
        if self.tree is None or self.pos != len(self.text):
            raise faults.invalid_request("unable to parse search filter: " + text)

    def _parse(self):
        t = self.text
        if t[self.pos] != "(":
            raise ValueError
        self.pos += 1
        c = t[self.pos]
        if c in "&|":
            self.pos += 1
            subs = []
            while t[self.pos] == "(":
                subs.append(self._parse())
            node = (c, subs)
        elif c == "!":
            self.pos += 1
            node = ("!", self._parse())
        else:
            end = t.index(")", self.pos)
            item = t[self.pos:end]
            self.pos = end
            m = re.match(r"^([A-Za-z0-9.;-]+)(>=|<=|~=|=)(.*)$", item, re.S)
            if not m:
                raise ValueError
            node = ("item", m.group(1).lower(), m.group(2), m.group(3))
        if t[self.pos] != ")":
            raise ValueError
        self.pos += 1
        return node

    def match(self, attrs):
        """attrs: {name: [values]} (names compared case-insensitively)."""
        low = {k.lower(): v for k, v in attrs.items()}
        return self._eval(self.tree, low)

    def _eval(self, node, attrs):
        kind = node[0]
        if kind == "&":
            return all(self._eval(n, attrs) for n in node[1])
        if kind == "|":
            return any(self._eval(n, attrs) for n in node[1])
        if kind == "!":
            return not self._eval(node[1], attrs)
        _, name, op, value = node
        vals = [str(v).lower() for v in attrs.get(name, [])]
        if op == "=" and value == "*":
            return bool(vals)
        if op == "=" and "*" in value:
            parts = [re.escape(_unescape(p).lower()) for p in value.split("*")]
            rx = re.compile("^" + ".*".join(parts) + "$", re.S)
            return any(rx.match(v) for v in vals)
        want = _unescape(value).lower()
        if op in ("=", "~="):
            return want in vals
        if op == ">=":
            return any(v >= want for v in vals)
        return any(v <= want for v in vals)
