"""Write the example's source data, data/requests.parquet and data/customers.parquet.

Deterministic (no randomness): the same files every run. Needs pyarrow.
Usage: python3 make_data.py [OUT_DIR]   (default: data/ next to this script)
"""

import pathlib
import sys

import pyarrow as pa
import pyarrow.parquet as pq

REQUESTS = [
    # request_id, customer_id, channel, received_at, body
    (1, 101, "email", "2025-03-01T09:12:00", "Please delete my account and all the data you hold about me."),
    (2, 102, "web", "2025-03-01T10:40:00", "Where is my parcel? It was due on Monday."),
    (3, 103, "email", "2025-03-02T08:05:00", "I want a copy of all personal data you have on me."),
    (4, 101, "chat", "2025-03-02T16:30:00", "Stop sending me marketing emails, unsubscribe me."),
    (5, 104, "web", "2025-03-03T11:00:00", "Do not sell my personal information."),
    (6, 105, "email", "2025-03-03T12:45:00", "My address is wrong in your records, please correct it."),
    (7, 106, "chat", "2025-03-04T07:20:00", "Can I change the colour of my order before it ships?"),
    (8, 102, "email", "2025-03-04T09:00:00", "Bitte löschen Sie alle meine Daten."),
    (9, 107, "web", "2025-03-05T14:10:00", "I withdraw my consent to the processing of my data."),
    (10, 108, "email", "2025-03-05T18:55:00", "Thanks, the refund arrived."),
]

CUSTOMERS = [
    (101, "DE", "premium"),
    (102, "DE", "standard"),
    (103, "FR", "standard"),
    (104, "US", "premium"),
    (105, "GB", "standard"),
    (106, "ES", "standard"),
    (107, "IT", "premium"),
    (108, "US", "standard"),
]


def main() -> None:
    out = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).parent / "data"
    out.mkdir(parents=True, exist_ok=True)
    cols = list(zip(*REQUESTS))
    requests = pa.table(
        {
            "request_id": pa.array(cols[0], pa.int64()),
            "customer_id": pa.array(cols[1], pa.int64()),
            "channel": pa.array(cols[2], pa.string()),
            "received_at": pa.array(cols[3], pa.string()).cast(pa.timestamp("s")),
            "body": pa.array(cols[4], pa.string()),
        }
    )
    pq.write_table(requests, out / "requests.parquet")
    cols = list(zip(*CUSTOMERS))
    customers = pa.table(
        {
            "customer_id": pa.array(cols[0], pa.int64()),
            "country": pa.array(cols[1], pa.string()),
            "tier": pa.array(cols[2], pa.string()),
        }
    )
    pq.write_table(customers, out / "customers.parquet")
    print(f"wrote {len(REQUESTS)} requests and {len(CUSTOMERS)} customers to {out}")


if __name__ == "__main__":
    main()
