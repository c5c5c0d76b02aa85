"""A synthetic dataset of many options, for the scale check only. Never shipped as data.

Every synthetic option is a copy of a real one with its id and name marked
`synthetic` and its cost and timing stretched, so matching and ranking have
varied work to do.
"""

from __future__ import annotations

from dataclasses import replace

from dashboard.data import Dataset, Option


def synthetic_dataset(ds: Dataset, count: int) -> Dataset:
    options: list[Option] = []
    for i in range(count):
        base = ds.options[i % len(ds.options)]
        factor = 1 + (i % 17) / 8
        options.append(
            replace(
                base,
                id=f"synthetic_{i:04d}",
                name=f"Synthetic option {i + 1} (like {base.name})",
                cost_low_usd=None if base.cost_low_usd is None else round(base.cost_low_usd * factor, 2),
                cost_high_usd=None if base.cost_high_usd is None else round(base.cost_high_usd * factor, 2),
                evidence=tuple(
                    replace(
                        e,
                        option_id=f"synthetic_{i:04d}",
                        onset_hours_low=None if e.onset_hours_low is None else e.onset_hours_low * factor,
                        onset_hours_high=None if e.onset_hours_high is None else e.onset_hours_high * factor,
                    )
                    for e in base.evidence
                ),
            )
        )
    return replace(ds, options=tuple(options))
