"""Sources and method: why the tool exists, how it works, and where every fact comes from."""

import pandas as pd
import streamlit as st

from dashboard import about, ui
from dashboard.data import DATA_DIR, DATA_FILES
from dashboard.dictionary import COLUMNS, FILE_PURPOSE
from dashboard.pack import PACK_TABLE
from dashboard.scoring import ATTRIBUTE_LABELS, SCALE_RULES

ds = ui.dataset()

st.title("Sources and method")
st.markdown(about.PURPOSE)

st.header("Not medical advice")
st.markdown(about.DISCLAIMER)

st.header("Who makes this")
st.markdown(about.MAINTAINERS)

st.header("Not yet tested with people")
st.markdown(about.NOT_TESTED)
st.markdown(about.TEST_PLAN)

st.header("How we chose the options")
st.markdown(about.HOW_CHOSEN)
st.subheader("What we do not cover")
st.markdown(about.NOT_COVERED)

st.header("How we found the evidence")
st.markdown(about.how_found(ds))
st.table(about.source_kinds_table(ds), hide_index=True)
st.subheader("When the US and UK guidelines differ")
st.markdown(f"{about.GUIDELINES_DIFFER} {about.DISAGREEMENT_RULE}")

st.header("How we score options")
st.markdown(about.HOW_SCORED)
st.table(
    pd.DataFrame(
        {
            "What matters": [ATTRIBUTE_LABELS[a] for a in SCALE_RULES],
            "Rule (0 to 5)": list(SCALE_RULES.values()),
        }
    ),
    hide_index=True,
)

st.header("How Check in decides what to tell you")
st.markdown(about.CHECKIN_RULES)

st.header("Sources")
st.markdown(about.CONFIDENCE_TEXT)
# A plain table, not a data grid: the grid's code is a large download of its own.
st.table(about.sources_markdown(ds), hide_index=True)

st.header("Update policy")
st.markdown(about.UPDATE_POLICY.format(date=about.us_date(ds.last_reviewed)))

st.header("Funding and conflicts of interest")
st.markdown(about.FUNDING)

st.header("How easy it is to read")
st.markdown(about.READABILITY_TEXT)
st.table(about.grade_table(ds), hide_index=True)

st.header("Data dictionary")
st.markdown("Each file in the dataset, and what each column means.")
for name in DATA_FILES:
    with st.expander(f"{name}: {FILE_PURPOSE[name]}"):
        st.table(
            pd.DataFrame({"Column": list(COLUMNS[name]), "Meaning": list(COLUMNS[name].values())}),
            hide_index=True,
        )

st.header("A coach's local prices")
st.markdown(about.LOCAL_PRICES)
with st.expander(f"{PACK_TABLE.name}: {PACK_TABLE.purpose}"):
    st.table(
        pd.DataFrame(
            {"Column": [c.name for c in PACK_TABLE.columns], "Meaning": [c.means for c in PACK_TABLE.columns]}
        ),
        hide_index=True,
    )

st.header("Download the data")
cols = st.columns(3)
for i, name in enumerate(DATA_FILES):
    cols[i % 3].download_button(
        f"Download {name}",
        (DATA_DIR / name).read_bytes(),
        file_name=name,
        mime="text/csv",
        icon=":material/download:",
    )

ui.footer(ds)
