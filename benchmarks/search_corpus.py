"""A generated trilingual library for the search benchmark: N talking points.

Text is built from real Kazakh, Russian and English words of the app's
subject, inflected the way each language inflects them, mixed with rarer
invented words so that the vocabulary grows with the library as a real one
does (Zipf-distributed).  Deterministic for a given seed.
"""

from __future__ import annotations

import random
from pathlib import Path

KINDS = ("law", "tactic", "protection", "faq", "story", "fact")
STATUSES = ("draft", "reviewed", "outdated")
AUDIENCES = ("youth", "parents", "teachers", "employers", "students", "officials")

EN_WORDS = """recruit recruiter recruitment extremism extremist religion religious law court article
association registration family parent child children youth school teacher friend friendship
online internet message messenger group channel video sermon preacher community leader money debt
isolation isolate target trust fear promise belonging purpose identity violence radical ideology
propaganda protect protection warning sign signal danger risk help support police prosecutor
citizen freedom conscience belief faith prayer mosque church worship ban penalty fine prison
evidence witness victim survivor story lecture audience question answer listener specialist
psychologist theologian scholar book literature leaflet distribute spread share network social
media account profile stranger contact meeting secret loyalty obedience control manipulation
pressure guilt shame isolation travel abroad conflict zone return rehabilitation counselling""".split()
EN_SUFFIXES = ["", "", "", "s", "ing", "ed", "er", "ers", "ly", "ation"]
EN_FILLER = "the a of and to in is that it for on with as are be this by not or from at they".split()

RU_STEMS = """вербовщик вербовк экстремизм экстремист религи религиозн закон суд стать объединени
регистраци семь родител ребён дет молодёж школ учител друг дружб интернет сообщени мессенджер
групп канал видео проповед проповедник общин лидер деньг долг изоляци цел довери страх обещани
принадлежност смысл личност насили радикальн идеологи пропаганд защит предупреждени признак
опасност риск помощ поддержк полици прокурор гражданин свобод совест вер молитв мечет церкв
запрет наказани штраф тюрьм доказательств свидетел жертв истори лекци аудитори вопрос ответ
слушател специалист психолог богослов учён книг литератур листовк распространени сет социальн
аккаунт профил незнаком встреч тайн преданност послушани контрол манипуляци давлени вин стыд""".split()
RU_ENDINGS = ["", "а", "ы", "у", "ов", "ам", "ами", "ах", "е", "ой", "ий", "ые", "ых", "ом", "и", "ё"]
RU_FILLER = "и в не на что с по как это они к за из от о для же но его её их".split()

KK_STEMS = """экстремизм жалдаушы дін діни заң сот бап бірлестік тіркеу отбасы ата-ана бала жастар мектеп
мұғалім дос достық интернет хабарлама топ арна бейне уағыз уағызшы қауым көшбасшы ақша қарыз
оқшаулау мақсат сенім қорқыныш уәде мақсат тұлға зорлық радикал идеология насихат қорғау ескерту
белгі қауіп көмек қолдау полиция прокурор азамат бостандық ұждан сенім намаз мешіт тыйым жаза
айыппұл түрме дәлел куә құрбан әңгіме дәріс аудитория сұрақ жауап тыңдаушы маман психолог теолог
ғалым кітап әдебиет парақша желі әлеуметтік аккаунт бейтаныс кездесу құпия адалдық бақылау
қысым кінә ұят құқық сауаттылық жүрек кітап қала адам ел үй""".split()
KK_SUFFIXES = ["", "", "лар", "ның", "ға", "да", "дан", "ды", "мен", "лардың", "ларға", "сы", "ы",
               "ларына", "дағы", "ымыз", "ке", "де", "тер", "нің"]
KK_FILLER = "және бұл мен үшін бойынша туралы арқылы емес бар жоқ өте барлық біз олар".split()

TAGS = ["recruitment", "family", "online", "law", "youth", "вербовка", "семья", "закон", "интернет",
        "отбасы", "заң", "жастар", "экстремизм", "protection", "signs", "faq", "story", "court",
        "school", "workplace", "market", "mosque", "money", "travel", "psychology", "trust"]

_ALPHABETS = {"en": "abcdefghijklmnoprstuvwy", "ru": "абвгдежзиклмнопрстуфхцчшыэюя",
              "kk": "абвгдежзиклмнопрстуфхшыіәғқңөұүһ"}
_VOWELS = {"en": "aeiouy", "ru": "аеиоуыэюя", "kk": "аеиоуыіәөұү"}


def _invented(rng: random.Random, language: str) -> str:
    vowels = _VOWELS[language]
    consonants = [c for c in _ALPHABETS[language] if c not in vowels]
    syllables = rng.randint(2, 4)
    return "".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(syllables)) + rng.choice(
        consonants + [""])


class Vocabulary:
    """Word forms of one language, frequent real ones and a long tail of rare ones."""

    def __init__(self, rng: random.Random, language: str, rare_words: int):
        self.rng = rng
        self.language = language
        if language == "en":
            stems, endings, self.filler = EN_WORDS, EN_SUFFIXES, EN_FILLER
        elif language == "ru":
            stems, endings, self.filler = RU_STEMS, RU_ENDINGS, RU_FILLER
        else:
            stems, endings, self.filler = KK_STEMS, KK_SUFFIXES, KK_FILLER
        self.stems, self.endings = stems, endings
        self.rare = [_invented(rng, language) for _ in range(rare_words)]

    def word(self) -> str:
        roll = self.rng.random()
        if roll < 0.35:
            return self.rng.choice(self.filler)
        if roll < 0.85:
            # Zipf-like: early stems far more often than late ones
            stem = self.stems[int(len(self.stems) * self.rng.random() ** 2)]
            return stem + self.rng.choice(self.endings)
        rare = self.rare[int(len(self.rare) * self.rng.random() ** 1.5)]
        return rare + self.rng.choice(self.endings)

    def sentence(self, low: int = 6, high: int = 14) -> str:
        words = [self.word() for _ in range(self.rng.randint(low, high))]
        text = " ".join(words)
        return text[:1].upper() + text[1:] + self.rng.choice([".", ".", ".", "?", "!"])


def generate_library(root: Path, count: int, seed: int = 7) -> list[dict[str, str]]:
    """Write *count* points below *root*/points; return id, language and title of each."""
    rng = random.Random(seed)
    rare = max(2000, count * 2)
    vocabularies = {lang: Vocabulary(random.Random(seed + i), lang, rare)
                    for i, lang in enumerate(("kk", "ru", "en"))}
    points_dir = root / "points"
    points_dir.mkdir(parents=True, exist_ok=True)
    made = []
    for number in range(count):
        language = ("kk", "ru", "en")[number % 3]
        vocab = vocabularies[language]
        point_id = f"{language}-{number:06d}"
        title = vocab.sentence(3, 7).rstrip(".?!")
        body = "\n\n".join(" ".join(vocab.sentence() for _ in range(rng.randint(2, 4)))
                           for _ in range(rng.randint(2, 4)))
        notes = " ".join(vocab.sentence() for _ in range(rng.randint(0, 3)))
        tags = rng.sample(TAGS, rng.randint(1, 3))
        audience = rng.sample(AUDIENCES, rng.randint(0, 2))
        sources = ""
        if rng.random() < 0.5:
            sources = "sources:\n  - title: " + vocab.sentence(3, 6).rstrip(".?!") + "\n    locator: Article " \
                      + str(rng.randint(1, 60)) + "\n"
        text = (f"---\nid: {point_id}\ntitle: {title}\nkind: {rng.choice(KINDS)}\nlanguage: {language}\n"
                f"tags: [{', '.join(tags)}]\naudience: [{', '.join(audience)}]\n"
                f"status: {rng.choice(STATUSES)}\n{sources}---\n{body}\n")
        if notes:
            text += f"\n<!-- notes -->\n{notes}\n"
        folder = points_dir / language / f"{number // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{point_id}.md").write_text(text, encoding="utf-8")
        made.append({"id": point_id, "language": language, "title": title})
    return made


def sample_queries(count_per_type: int, seed: int = 11) -> dict[str, list[dict[str, object]]]:
    """Queries of every kind search-as-you-type issues, drawn from the corpus vocabulary."""
    rng = random.Random(seed)
    vocabularies = {lang: Vocabulary(random.Random(seed + i), lang, 10) for i, lang in enumerate(("kk", "ru", "en"))}

    def real_word(language: str) -> str:
        vocab = vocabularies[language]
        return vocab.stems[int(len(vocab.stems) * rng.random() ** 2)] + rng.choice(vocab.endings)

    def typo(word: str) -> str:
        if len(word) < 5:
            word += word[-1]
        at = rng.randrange(1, len(word) - 1)
        return word[:at] + word[at + 1] + word[at] + word[at + 2:]

    types: dict[str, list[dict[str, object]]] = {name: [] for name in (
        "prefix-1-letter", "prefix-2-letters", "prefix-4-letters", "word-typed", "word-complete",
        "two-words-prefix-2", "two-words-prefix-5", "three-words", "phrase", "field-and-word",
        "boolean", "typo")}
    for _ in range(count_per_type):
        language = rng.choice(("kk", "ru", "en"))
        first, second, third = (real_word(language) for _ in range(3))
        types["prefix-1-letter"].append({"q": second[:1], "typing": True})
        types["prefix-2-letters"].append({"q": second[:2], "typing": True})
        types["prefix-4-letters"].append({"q": second[:4], "typing": True})
        types["word-typed"].append({"q": second, "typing": True})
        types["word-complete"].append({"q": second + " ", "typing": True})
        types["two-words-prefix-2"].append({"q": f"{first} {second[:2]}", "typing": True})
        types["two-words-prefix-5"].append({"q": f"{first} {second[:5]}", "typing": True})
        types["three-words"].append({"q": f"{first} {second} {third}", "typing": True})
        types["phrase"].append({"q": f'"{first} {second}"', "typing": True})
        types["field-and-word"].append({"q": f"kind:{rng.choice(KINDS)} lang:{language} {second[:4]}",
                                        "typing": True})
        types["boolean"].append({"q": f"{first} OR {second} NOT {third}", "typing": False})
        types["typo"].append({"q": typo(second if len(second) > 4 else second + first), "typing": False})
    return types
