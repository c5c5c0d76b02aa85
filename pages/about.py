"""Sources and method: why the tool exists, how it works, and where every fact comes from."""

import pandas as pd
import streamlit as st

from dashboard import about, i18n, ui
from dashboard.data import DATA_DIR, DATA_FILES
from dashboard.dictionary import COLUMNS, FILE_PURPOSE
from dashboard.i18n import _
from dashboard.pack import PACK_TABLE
from dashboard.scoring import ATTRIBUTE_LABELS, SCALE_RULES

ds = ui.dataset()

st.title(_("Sources and method"))
st.markdown(_(about.PURPOSE))

st.header(_("Not medical advice"))
st.markdown(about.disclaimer())

st.header(_("Who makes this"))
st.markdown(_(about.MAINTAINERS))

st.header(_("Not yet tested with people"))
st.markdown(_(about.NOT_TESTED))
st.markdown(about.testing_plan())

st.header(_("How we chose the options"))
st.markdown(_(about.HOW_CHOSEN))
st.subheader(_("What we do not cover"))
st.markdown(about.not_covered())

st.header(_("How we found the evidence"))
st.markdown(about.how_found(ds))
st.table(about.source_kinds_table(ds), hide_index=True)
st.subheader(_("When the US and UK guidelines differ"))
st.markdown(about.guidelines_differ())

st.header(_("How we score options"))
st.markdown(about.how_scored())
st.table(
    pd.DataFrame(
        {
            _("What matters"): [_(ATTRIBUTE_LABELS[a]) for a in SCALE_RULES],
            _("Rule (0 to 5)"): [_(rule) for rule in SCALE_RULES.values()],
        }
    ),
    hide_index=True,
)

st.header(_("How Check in decides what to tell you"))
st.markdown(about.checkin_rules())

st.header(_("Sources"))
st.markdown(_(about.CONFIDENCE_TEXT))
# A plain table, not a data grid: the grid's code is a large download of its own.
st.table(about.sources_markdown(ds), hide_index=True)

st.header(_("Update policy"))
st.markdown(about.update_policy(ds))

st.header(_("Funding and conflicts of interest"))
st.markdown(_(about.FUNDING))

st.header(_("How the Spanish was made"))
st.markdown(_(about.TRANSLATION))
st.markdown(_(about.TRANSLATION_KEPT))

st.header(_("How easy it is to read"))
st.markdown(_(about.READABILITY_TEXT))
st.markdown(about.readability_spanish())
# Each language's figures are measured on that language's data (each cached once a process).
with i18n.using(i18n.SOURCE):
    english = ui.dataset()
with i18n.using("es"):
    spanish = ui.dataset()
st.table(about.grade_table(english, spanish), hide_index=True)

st.header(_("Data dictionary"))
st.markdown(_("Each file in the dataset, and what each column means."))
for name in DATA_FILES:
    with st.expander(f"{name}: {_(FILE_PURPOSE[name])}"):
        st.table(
            pd.DataFrame(
                {
                    _("Column"): list(COLUMNS[name]),
                    _("Meaning"): [_(means) for means in COLUMNS[name].values()],
                }
            ),
            hide_index=True,
        )

st.header(_("A coach's local prices"))
st.markdown(_(about.LOCAL_PRICES))
with st.expander(f"{PACK_TABLE.name}: {_(PACK_TABLE.purpose)}"):
    st.table(
        pd.DataFrame(
            {
                _("Column"): [c.name for c in PACK_TABLE.columns],
                _("Meaning"): [_(c.means) for c in PACK_TABLE.columns],
            }
        ),
        hide_index=True,
    )

st.header(_("Download the data"))
cols = st.columns(3)
for i, name in enumerate(DATA_FILES):
    cols[i % 3].download_button(
        _("Download {name}").format(name=name),
        (DATA_DIR / name).read_bytes(),
        file_name=name,
        mime="text/csv",
        icon=":material/download:",
    )

ui.footer(ds)
