"""The people of the builder's service tests, for the in-process service (conftest) and the served
one (service_server): engineers author rules and assign, operators report, rectify and apply for
permits, a verifier verifies and signs."""

from __future__ import annotations

PASSWORD = "correct horse battery staple"
PEOPLE = {"engineer1": ("engineer", "engineer1"), "engineer2": ("engineer", "engineer2"),
          "operator1": ("operator", "张工"), "operator2": ("operator", "李师傅"), "verifier1": ("verifier", "王验收")}
