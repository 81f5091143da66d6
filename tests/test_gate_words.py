"""Gate words (polemos.gate_words): acts the trigger lexicon has no concept for still reach the
detector, which then judges them as any sentence; sentences written for polemos."""

import pytest

from polemos.gate_words import opens_gate

OPEN = [
    "Students took to the streets of the capital on Monday.",
    "Hundreds of residents poured into the streets after the verdict.",
    "Youths staged a peaceful march to the governor's office.",
    "A campaign worker was stabbed to death on Friday.",
    "Police flogged voters queueing outside the polling station.",
    "Gunmen hijacked two trucks carrying food aid.",
    "Militiamen ransacked a warehouse and seized a hundred heads of cattle.",
    "The army launched a combing operation in the forest.",
    "Around 30 farmers gathered in the town square against a new land tax.",
    "Union members held a press conference with a banner in front of the ministry.",
    "Staff of the agency formed a human chain demanding permanent contracts.",
    "Teachers carried out a march to demand better pay.",
    "Des dizaines de riverains se sont réunis devant la mairie pour dénoncer la fermeture de "
    "l'école.",
    "Los trabajadores formaron una cadena humana para exigir el pago de sus salarios.",
    "Des centaines d'étudiants sont descendus dans la rue lundi.",
    "Cientos de estudiantes salieron a las calles el lunes.",
    "Жители вышли на улицы города в понедельник.",
    "Мешканці вийшли на вулиці міста.",
    "طعن مجهول شرطيا في وسط المدينة.",
    "Farmers blocked the entrance of two supermarkets with tractors on Friday.",
    "Parents closed the school gate for a day to complain about the lack of teachers.",
    "Dozens of activists displayed placards outside the ministry.",
    "Hundreds took part in a peace march through the old town.",
    "Some 300 people gathered in the square as part of a convoy movement denouncing the new "
    "rules.",
    "Quelques centaines d'étudiants se sont rassemblés mardi à Lyon contre la réforme des "
    "bourses.",
    "Cientos de jubilados marcharon el jueves por el centro de Rosario para exigir aumentos.",
    "Maestros de la sección sindical tomaron las vías del tren durante varias horas.",
    "Des agriculteurs ont bloqué les routes d'accès à la ville avec leurs tracteurs.",
]
SHUT = [
    "The company launched a new phone in March and its shares rose.",
    "Prices will march higher next year, analysts said.",
    "Fans gathered to celebrate the title with the players.",
    "The minister said the streets of the capital were calm.",
    "The museum displayed paintings of the old harbour.",
    "The carmaker displayed its new models at the fair to support sales.",
]


@pytest.mark.parametrize("text", OPEN)
def test_acts_without_a_concept_open_the_gate(text):
    assert opens_gate(text)


@pytest.mark.parametrize("text", SHUT)
def test_ordinary_sentences_keep_it_shut(text):
    assert not opens_gate(text)


@pytest.mark.parametrize("text,event_type", [
    ("Students took to the streets of Bobo-Dioulasso on Monday demanding the resumption of "
     "exams.", {"Protests", "Riots"}),
    ("Suspected militants hijacked two trucks carrying food aid near Mandera on Monday.",
     {"Violence against civilians", "Strategic developments"}),
])
def test_detector_scores_what_the_gate_lets_through(text, event_type):
    from polemos.features import concepts_of, has_trigger
    from polemos.pipeline import extract

    assert not has_trigger(concepts_of(text))  # no concept: only the gate lets it through
    events = extract(text, published="2025-05-09", lang="en")
    assert [e.event_type for e in events if e.event_type in event_type]
