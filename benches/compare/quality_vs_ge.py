#!/usr/bin/env python3
"""Reference results for privsql's data-quality checks and contracts.

Builds a CSV with known defects (deterministic, seeded), then:
  * runs Great Expectations 1.x expectations on it (pandas) and writes each expectation's
    unexpected_count to ge.json, keyed "check:column" with privsql's check names;
  * validates every row with a Pydantic 2 model of the same contract and writes, per row, the
    fields Pydantic rejects to pydantic.json.

tests/it/quality.rs runs this script, runs the same checks in privsql (quality_report and
validate_schema with the contract in CONTRACT below) and asserts the counts are equal check by
check and that privsql names the same fields for every row Pydantic rejects.

Usage: quality_vs_ge.py --out DIR [--rows N]
"""

import os as _os
_os.environ.setdefault("TQDM_DISABLE", "1")
_os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
import argparse
import json
import os
import random
import uuid
import warnings
from datetime import datetime
from typing import Annotated, Literal, Optional

UUID_RE = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
EMAIL_RE = r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$"
CODE_RE = r"^[A-Z]{3}-[0-9]{4}$"
PHONE_RE = r"^\+[1-9][0-9]{1,14}$"
COUNTRIES = ["DE", "FR", "US", "ES"]

# The privsql contract the test defines (single quotes doubled for SQL by the test).
CONTRACT = f"""
  id         VARCHAR NOT NULL CHECK (id ~ '{UUID_RE}') UNIQUE,
  email      VARCHAR CHECK (email ~ '{EMAIL_RE}') COMMENT 'sensitive',
  age        INT CHECK (age BETWEEN 0 AND 120),
  quantity   INT,
  country    VARCHAR CHECK (country IN ('DE', 'FR', 'US', 'ES')),
  code       VARCHAR CHECK (code ~ '{CODE_RE}'),
  note       VARCHAR(30),
  amount     DOUBLE CHECK (amount BETWEEN 0 AND 10000),
  phone      VARCHAR CHECK (phone ~ '{PHONE_RE}'),
  created_at TIMESTAMP
"""

COLUMNS = ["id", "email", "age", "quantity", "country", "code", "note", "amount", "phone", "created_at"]


def build_rows(n: int, seed: int):
    rnd = random.Random(seed)
    rows = []
    for i in range(n):
        rows.append({
            "id": str(uuid.UUID(int=rnd.getrandbits(128), version=4)),
            "email": f"user{i}@example.org",
            "age": str(rnd.randint(18, 90)),
            "quantity": str(rnd.randint(1, 50)),
            "country": rnd.choice(COUNTRIES),
            "code": f"{''.join(rnd.choice('ABCDEFGHIJ') for _ in range(3))}-{rnd.randint(0, 9999):04d}",
            "note": "note " + "x" * rnd.randint(0, 20),
            "amount": f"{rnd.uniform(1, 500):.2f}",
            "phone": f"+49{rnd.randint(10**9, 10**10 - 1)}",
            "created_at": f"2024-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}T{rnd.randint(0, 23):02d}:{rnd.randint(0, 59):02d}:00",
        })

    def pick(k):
        return rnd.sample(range(n), k)

    # Known defects, each on a random set of rows.
    for i in pick(20):
        rows[i]["id"] = None
    for j, i in enumerate(pick(15)):
        rows[i]["id"] = f"not-a-uuid-{j}"
    for i in pick(10):
        rows[i]["id"] = rows[(i + 1) % n]["id"]  # duplicates (some may land on a NULL or a bad id)
    bad_emails = ["user{}example.org", "user{}@", "user{}@@example.org", "user {}@example.org", "user{}@example"]
    for j, i in enumerate(pick(30)):
        rows[i]["email"] = bad_emails[j % len(bad_emails)].format(i)
    for i in pick(25):
        rows[i]["email"] = None
    for j, i in enumerate(pick(20)):
        rows[i]["age"] = str([-5, 200, 121, -1][j % 4])
    for i in pick(15):
        rows[i]["age"] = None
    for j, i in enumerate(pick(12)):
        rows[i]["quantity"] = ["ten", "3.5", "1e3", "x1"][j % 4]
    for j, i in enumerate(pick(25)):
        rows[i]["country"] = ["XX", "de", "GER", "U.S."][j % 4]
    for i in pick(10):
        rows[i]["country"] = None
    for j, i in enumerate(pick(20)):
        rows[i]["code"] = ["abc-1234", "ABC1234", "AB-12345", "ABCD-123"][j % 4]
    for i in pick(15):
        rows[i]["note"] = "a note that is much longer than thirty characters"
    for j, i in enumerate(pick(10)):
        rows[i]["amount"] = ["-1.5", "10000.01", "-0.01", "123456"][j % 4]
    for j, i in enumerate(pick(10)):
        rows[i]["phone"] = ["0049151234", "+0123456", "+49 151 234", "49151234"][j % 4]
    for j, i in enumerate(pick(10)):
        rows[i]["created_at"] = ["2024-13-45T10:00:00", "yesterday", "2024-02-30T10:00:00", "10:00 2024-01-01"][j % 4]
    return rows


def write_csv(rows, path):
    import csv
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["n"] + COLUMNS)
        for i, r in enumerate(rows):
            w.writerow([i] + ["" if r[c] is None else r[c] for c in COLUMNS])


def run_ge(path):
    import great_expectations as gx
    import pandas as pd

    df = pd.read_csv(path, dtype={c: "string" for c in COLUMNS if c not in ("age", "amount")},
                     keep_default_na=False, na_values=[""])
    # GE compares numbers: the numeric columns are numbers there (privsql converts them in lax mode).
    df["age"] = pd.to_numeric(df["age"])
    df["amount"] = pd.to_numeric(df["amount"])
    ctx = gx.get_context(mode="ephemeral")
    batch = (ctx.data_sources.add_pandas("p").add_dataframe_asset("rows")
             .add_batch_definition_whole_dataframe("all").get_batch(batch_parameters={"dataframe": df}))
    E = gx.expectations
    checks = {f"completeness:{c}": E.ExpectColumnValuesToNotBeNull(column=c) for c in COLUMNS}
    checks.update({
        "unique:id": E.ExpectColumnValuesToBeUnique(column="id"),
        "pattern:id": E.ExpectColumnValuesToMatchRegex(column="id", regex=UUID_RE),
        "pattern:email": E.ExpectColumnValuesToMatchRegex(column="email", regex=EMAIL_RE),
        "range:age": E.ExpectColumnValuesToBeBetween(column="age", min_value=0, max_value=120),
        "enum:country": E.ExpectColumnValuesToBeInSet(column="country", value_set=COUNTRIES),
        "pattern:code": E.ExpectColumnValuesToMatchRegex(column="code", regex=CODE_RE),
        "max_length:note": E.ExpectColumnValueLengthsToBeBetween(column="note", max_value=30),
        "range:amount": E.ExpectColumnValuesToBeBetween(column="amount", min_value=0, max_value=10000),
        "pattern:phone": E.ExpectColumnValuesToMatchRegex(column="phone", regex=PHONE_RE),
    })
    out = {}
    for key, exp in checks.items():
        res = batch.validate(exp)
        out[key] = int(res.result["unexpected_count"])
    out["row_count:"] = int(batch.validate(E.ExpectTableRowCountToBeBetween(min_value=1)).result["observed_value"])
    return out


def run_pydantic(rows):
    from pydantic import BaseModel, Field, StringConstraints, ValidationError

    def pat(p):
        return Annotated[str, StringConstraints(pattern=p)]

    class Row(BaseModel):
        id: pat(UUID_RE)
        email: Optional[pat(EMAIL_RE)] = None
        age: Optional[Annotated[int, Field(ge=0, le=120)]] = None
        quantity: Optional[int] = None
        country: Optional[Literal["DE", "FR", "US", "ES"]] = None
        code: Optional[pat(CODE_RE)] = None
        note: Optional[Annotated[str, StringConstraints(max_length=30)]] = None
        amount: Optional[Annotated[float, Field(ge=0, le=10000)]] = None
        phone: Optional[pat(PHONE_RE)] = None
        created_at: Optional[datetime] = None

    rejected = {}
    for i, r in enumerate(rows):
        try:
            Row(**r)
        except ValidationError as e:
            rejected[str(i)] = sorted({str(err["loc"][0]) for err in e.errors()})
    return rejected


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--rows", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    warnings.filterwarnings("ignore")
    rows = build_rows(a.rows, a.seed)
    csv_path = os.path.join(a.out, "data.csv")
    write_csv(rows, csv_path)
    with open(os.path.join(a.out, "contract.sql"), "w") as f:
        f.write(CONTRACT)
    ge = run_ge(csv_path)
    with open(os.path.join(a.out, "ge.json"), "w") as f:
        json.dump(ge, f, indent=1, sort_keys=True)
    pyd = run_pydantic(rows)
    with open(os.path.join(a.out, "pydantic.json"), "w") as f:
        json.dump(pyd, f, indent=1, sort_keys=True)
    print(f"{a.rows} rows; Great Expectations: {sum(1 for v in ge.values() if v)} checks with unexpected values; "
          f"Pydantic rejects {len(pyd)} rows")


if __name__ == "__main__":
    main()
