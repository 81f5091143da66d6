"""The framing the detector reads past (``polemos.register``); sentences written for these
tests."""

from __future__ import annotations

import pytest

from polemos.register import unframed


@pytest.mark.parametrize(("text", "expected"), [
    ("Par ailleurs, des affrontements ont opposé mercredi des rebelles à des miliciens.",
     "des affrontements ont opposé mercredi des rebelles à des miliciens."),
    ("In a separate incident, gunmen killed two farmers near the river.",
     "gunmen killed two farmers near the river."),
    ("وفي سياق متصل، قتل مسلحون ثلاثة جنود في كمين قرب القرية.",
     "قتل مسلحون ثلاثة جنود في كمين قرب القرية."),
    ("Тем временем боевики обстреляли село на окраине города.",
     "боевики обстреляли село на окраине города."),
])
def test_the_opening_connective_goes(text: str, expected: str) -> None:
    assert unframed(text) == expected


@pytest.mark.parametrize("text", [
    "Gunmen killed five villagers in Zamfara on Sunday, police said.",  # the source stays
    "Meanwhile, nothing happened.",  # too little would be left
    "Alsop said gunmen attacked the farm.",  # "also" only as a whole word
])
def test_what_stays(text: str) -> None:
    assert unframed(text) == text
