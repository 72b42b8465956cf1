"""The interview's own readers: a date range in one message, ESR+ personnel rows, several cost lines at once."""

from datetime import date

from bot.domain.interview_read import read_cost_lines, read_percent, read_range, read_staff_row

TODAY = date(2026, 5, 4)


def test_a_range_gives_both_dates():
    start, end = read_range("1.3.2027–28.2.2029", today=TODAY, lang="fi")
    assert (start.value, end.value) == (date(2027, 3, 1), date(2029, 2, 28))
    start, end = read_range("March 2027 to February 2029", today=TODAY, lang="en")
    assert (start.value, end.value) == (date(2027, 3, 1), date(2029, 2, 28))
    assert read_range("1.3.2027", today=TODAY, lang="fi") is None
    assert read_range("joskus – ehkä", today=TODAY, lang="fi") is None


def test_personnel_rows_as_people_write_them():
    assert read_staff_row("projektikoordinaattori 24 kk 3500 €/kk 100 %", lang="fi") == {
        "role": "projektikoordinaattori", "months": 24, "per_month": "3500", "share": 100}
    assert read_staff_row("ohjaaja 20 kk 3000 €/kk 50 %", lang="fi")["share"] == 50
    row = read_staff_row("Project coordinator, about 3 500 a month for 24 months, full time", lang="en")
    assert row == {"role": "Project coordinator", "months": 24, "per_month": "3500", "share": 100}
    assert read_staff_row("instructor, half time, 2800 €/month, 12 months", lang="en")["share"] == 50
    assert read_staff_row("koordinaattori", lang="fi") is None  # no months, no money
    assert read_staff_row("koordinaattori 24 kk", lang="fi") is None


def test_cost_lines_in_one_message_only_when_every_item_names_a_line():
    labels = {"services": ["ostopalvelut", "urakat"], "equipment": ["laitteet"], "planning": ["suunnittelu"]}
    found = read_cost_lines("ostopalvelut noin 30 tonnia\nlaitteet 12 000\nsuunnittelu 2 000", labels, lang="fi")
    assert found == {"services": 30000, "equipment": 12000, "planning": 2000}
    assert read_cost_lines("lämpöpumppu 12 000\nikkunat 8 000", labels, lang="fi") is None  # not the categories
    assert read_cost_lines("ostopalvelut 30 000", labels, lang="fi") is None  # one line is the line asked


def test_percent():
    assert read_percent("65") == 65 and read_percent("65 %") == 65 and read_percent("80 prosenttia") == 80
    assert read_percent("paljon") is None and read_percent("150") is None
