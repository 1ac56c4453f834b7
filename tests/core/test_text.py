"""SMS accounting against the behaviour of the usual calculators, diacritics, placeholders."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smsgui.core import text
from smsgui.core.text import GSM7, UCS2, TemplateError, measure, render, transliterate

EMOJI = "😀"  # one code point, two UTF-16 units
E = "é"  # in the GSM basic table
EURO = "€"  # GSM extension: two septets
RO = "ș"  # forces UCS-2

# (text, encoding, units, parts): boundaries, extension pairs and surrogate pairs at part edges.
CASES = [
    ("", GSM7, 0, 0),
    ("abc", GSM7, 3, 1),
    ("a" * 160, GSM7, 160, 1),
    ("a" * 161, GSM7, 161, 2),
    ("a" * 306, GSM7, 306, 2),
    ("a" * 307, GSM7, 307, 3),
    ("a" * 459, GSM7, 459, 3),
    ("a" * 460, GSM7, 460, 4),
    ("a" * 480, GSM7, 480, 4),
    ("a" * 158 + EURO, GSM7, 160, 1),
    ("a" * 159 + EURO, GSM7, 161, 2),
    ("a" * 152 + EURO + "a" * 7, GSM7, 161, 2),  # the pair moves whole to part 2
    ("a" * 151 + EURO + "a" * 9, GSM7, 162, 2),  # the pair ends part 1 exactly
    ("a" * 152 + EURO + "a" * 152, GSM7, 306, 3),  # moved pair pushes part 2 over
    ("a" * 151 + EURO + "a" * 153, GSM7, 306, 2),
    (EURO * 80, GSM7, 160, 1),
    (EURO * 81, GSM7, 162, 2),  # 76 pairs (152 septets) in part 1, 5 in part 2
    ("{}[]~|^\\", GSM7, 16, 1),
    ("\f", GSM7, 2, 1),
    ("Prix: 10€", GSM7, 10, 1),
    ("@£$¥", GSM7, 4, 1),
    ("ΔΦΓΛΩΠΨΣΘΞ", GSM7, 10, 1),
    ("line\nbreak\r", GSM7, 11, 1),
    ("é è ù ì ò à É Ç", GSM7, 15, 1),
    ("Ä Ö Ñ Ü ä ö ñ ü ß Æ æ Ø ø Å å", GSM7, 29, 1),
    ("¡¿§¤", GSM7, 4, 1),
    ("Café crème", GSM7, 10, 1),  # é and è are both in the GSM table
    ("ê", UCS2, 1, 1),
    ("ç", UCS2, 1, 1),
    ("ô î û ë ï", UCS2, 9, 1),
    ("œ", UCS2, 1, 1),
    ("e\u0301", UCS2, 2, 1),  # decomposed é: the combining accent is not GSM
    ("ș", UCS2, 1, 1),
    ("ț", UCS2, 1, 1),
    ("ş", UCS2, 1, 1),  # cedilla form
    ("ţ", UCS2, 1, 1),
    ("ă", UCS2, 1, 1),
    ("â", UCS2, 1, 1),
    ("î", UCS2, 1, 1),
    ("Ș Ț Ă Â Î Ş Ţ", UCS2, 13, 1),
    ("Bună ziua", UCS2, 9, 1),
    (RO + "a" * 69, UCS2, 70, 1),
    (RO + "a" * 70, UCS2, 71, 2),
    (RO + "a" * 133, UCS2, 134, 2),
    (RO + "a" * 134, UCS2, 135, 3),
    (RO + "a" * 200, UCS2, 201, 3),
    (RO + "a" * 201, UCS2, 202, 4),
    (RO + "a" * 479, UCS2, 480, 8),
    (EMOJI, UCS2, 2, 1),
    (EMOJI * 35, UCS2, 70, 1),
    (EMOJI * 36, UCS2, 72, 2),  # 33 pairs (66 units) in part 1, 3 in part 2
    ("a" * 66 + EMOJI, UCS2, 68, 1),  # fits one part whatever splitting would do
    ("a" * 68 + EMOJI, UCS2, 70, 1),
    ("a" * 69 + EMOJI, UCS2, 71, 2),
    ("a" * 66 + EMOJI + "a" * 3, UCS2, 71, 2),  # the pair moves whole to part 2
    ("a" * 65 + EMOJI + "a" * 4, UCS2, 71, 2),  # the pair ends part 1 exactly
    ("a" * 66 + EMOJI + "a" * 66, UCS2, 134, 3),  # moved pair pushes part 2 over
    ("👍🏽", UCS2, 4, 1),  # emoji with a skin-tone modifier: two pairs
    ("👨‍👩‍👧", UCS2, 8, 1),  # joined family: three pairs and two joiners
    ("„Ghilimele”", UCS2, 11, 1),
    ("en – dash", UCS2, 9, 1),
    ("\u00a0", UCS2, 1, 1),  # no-break space is not GSM
    ("`", UCS2, 1, 1),  # backtick is not in GSM 03.38
    ("Ç", GSM7, 1, 1),
    ("Ā", UCS2, 1, 1),
]


def test_the_table_has_at_least_sixty_cases() -> None:
    assert len(CASES) >= 60


@pytest.mark.parametrize(("message", "encoding", "units", "parts"), CASES)
def test_accounting(message: str, encoding: str, units: int, parts: int) -> None:
    result = measure(message)
    assert (result.encoding, result.units, result.parts) == (encoding, units, parts)


def test_characters_are_utf16_units_and_forcing_characters_are_named() -> None:
    result = measure("Bună, Ștefan 😀")
    assert result.characters == 15
    assert result.unicode_characters == ("ă", "Ș", EMOJI)
    assert result.as_json() == {"characters": 15, "encoding": UCS2, "parts": 1, "units": 15}


def test_gsm0338_basic_table_has_128_characters_and_extension_nine_plus_form_feed() -> None:
    assert len(text.GSM_BASIC) == 128
    assert len(text.GSM_EXTENSION) == 10


@given(st.text(max_size=200), st.characters())
def test_parts_never_decrease_when_a_character_is_appended(prefix: str, extra: str) -> None:
    assert measure(prefix + extra).parts >= measure(prefix).parts


@given(st.text(alphabet=text.GSM_BASIC.replace("\x1b", "") + text.GSM_EXTENSION, max_size=500))
def test_gsm_only_text_never_reports_ucs2(message: str) -> None:
    assert measure(message).encoding == GSM7


ROMANIAN_FRENCH = "șțăâîşţȘȚĂÂÎŞŢéèêëàâäîïôöùûüçÿœæÉÈÊËÀÂÎÏÔÙÛÜÇŸŒÆ’“”„–—…«» "


@given(st.text(alphabet=ROMANIAN_FRENCH + "abcXYZ019 ,.!?", max_size=300))
def test_transliteration_of_romanian_and_french_is_gsm_only(message: str) -> None:
    assert measure(transliterate(message)).encoding == GSM7


def test_transliteration() -> None:
    assert (
        transliterate("Ștefan, ţara, împăcat, „bună” – ş, Ț")
        == 'Stefan, tara, impacat, "buna" - s, T'
    )
    assert transliterate("Crème brûlée à l’été") == "Crème brulée à l'été"
    assert transliterate("e\u0301") == "é"  # composed first, then kept (GSM has é)


def test_placeholders_and_literal_braces() -> None:
    template = "Bună {Prenume}, {{cod}} {prenume} {Oraș}"
    assert text.placeholders(template) == ["Prenume", "prenume", "Oraș"]
    fields = {"Prenume": "Ana", "Oraș": "Brașov"}
    assert render(template, fields) == "Bună Ana, {cod} Ana Brașov"
    with pytest.raises(KeyError):
        render("{Nume}", fields)


@pytest.mark.parametrize("template", ["Hello {", "Hello }", "a {} b", "x {a{b}"])
def test_broken_braces_are_template_errors(template: str) -> None:
    with pytest.raises(TemplateError):
        text.placeholders(template)
