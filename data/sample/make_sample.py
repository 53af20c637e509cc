#!/usr/bin/env python3
"""Generate the Triage sample data set: inbox.csv, answers.csv and out_of_scope.csv.

The sample imitates the support inbox of "Brindille", a made-up online shop selling clothes,
shoes, home goods and phone/electronics accessories in France, Belgium, the UK and Ireland,
answered on chat, WhatsApp, Messenger and e-mail.

Nothing here comes from real customers. Every message is assembled from hand-written phrase
banks (several genuinely different phrasings per intent and language), slot fillers (order
numbers, products, sizes, dates, amounts, carriers...) and "noise" functions that imitate how
people type on a phone: typos, missing French accents, SMS abbreviations, emojis, capitals.

    python data/sample/make_sample.py            # rewrites the CSV files next to this script
    python data/sample/make_sample.py --out DIR  # writes them into DIR instead

Stdlib only and deterministic: the same seed rewrites the three files byte for byte.
Near-duplicates are removed before writing with the definition used by
tests/test_sample_data.py (TF-IDF over char_wb 3-5-grams of the normalised text, cosine >= 0.9),
re-implemented below without scikit-learn.

The hand-written text (customer phrase banks, agent answers, the approved answer templates and
the out-of-scope messages) lives in phrasebook.py beside this script, which also describes the
template mini-language; this file holds the slot fillers and the machinery.
"""
from __future__ import annotations

import argparse
import csv
import math
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from phrasebook import (
    ABBREV,
    ANGRY,
    ANSWER_CLOSINGS,
    ANSWERS,
    APOLOGIES,
    APPROVED,
    CLOSINGS,
    EMOJI,
    GIFT_CODES,
    INTENTS,
    OPENERS,
    OUT_OF_SCOPE,
    SIGNOFFS,
)

SEED = 20240611
SHOP = "Brindille"
LEVEL = {"l": "low", "n": "normal", "h": "high", "c": "critical"}
RANK = {"low": 0, "normal": 1, "high": 2, "critical": 3}
NEAR_DUP = 0.9        # definition shared with the test
SELECT_AT = 0.85      # stricter threshold while selecting, so the shipped file has a margin
FRENCH_SHARE = 0.41

ALT = re.compile(r"\[([^\[\]]*)\]")
SLOT = re.compile(r"\{([^{}]+)\}")


# --------------------------------------------------------------------------------------------
# Slot fillers
# --------------------------------------------------------------------------------------------

# english name, english plural?, french name, french gender, french plural?, pool
# pools: c clothes, s shoes, h home textiles, k tableware, g other fragile home goods,
# e electrical (can overheat), a other accessories
PRODUCTS = [
    ("linen shirt", 0, "chemise en lin", "f", 0, "c"),
    ("merino jumper", 0, "pull en mérinos", "m", 0, "c"),
    ("denim jacket", 0, "veste en jean", "f", 0, "c"),
    ("wrap dress", 0, "robe portefeuille", "f", 0, "c"),
    ("wool coat", 0, "manteau en laine", "m", 0, "c"),
    ("high-waisted jeans", 1, "jean taille haute", "m", 0, "c"),
    ("rain jacket", 0, "imperméable", "m", 0, "c"),
    ("Breton striped top", 0, "marinière", "f", 0, "c"),
    ("pleated midi skirt", 0, "jupe plissée", "f", 0, "c"),
    ("cotton pyjama set", 0, "pyjama en coton", "m", 0, "c"),
    ("puffer jacket", 0, "doudoune", "f", 0, "c"),
    ("chinos", 1, "pantalon chino", "m", 0, "c"),
    ("Oslo hoodie", 0, "sweat à capuche Oslo", "m", 0, "c"),
    ("Alto trainers", 1, "baskets Alto", "f", 1, "s"),
    ("Chelsea boots", 1, "bottines Chelsea", "f", 1, "s"),
    ("leather sandals", 1, "sandales en cuir", "f", 1, "s"),
    ("running shoes", 1, "chaussures de running", "f", 1, "s"),
    ("suede loafers", 1, "mocassins en daim", "m", 1, "s"),
    ("duvet cover set", 0, "parure de lit", "f", 0, "h"),
    ("ceramic dinner set", 0, "service de table en céramique", "m", 0, "k"),
    ("linen tablecloth", 0, "nappe en lin", "f", 0, "h"),
    ("Nordvik throw", 0, "plaid Nordvik", "m", 0, "h"),
    ("scented candle", 0, "bougie parfumée", "f", 0, "g"),
    ("bedside lamp", 0, "lampe de chevet", "f", 0, "g"),
    ("bath towel set", 0, "lot de serviettes de bain", "m", 0, "h"),
    ("glass vase", 0, "vase en verre", "m", 0, "g"),
    ("set of 4 mugs", 0, "lot de 4 mugs", "m", 0, "k"),
    ("USB-C charger", 0, "chargeur USB-C", "m", 0, "e"),
    ("wireless earbuds", 1, "écouteurs sans fil", "m", 1, "e"),
    ("power bank", 0, "batterie externe", "f", 0, "e"),
    ("charging cable", 0, "câble de charge", "m", 0, "e"),
    ("wireless charging pad", 0, "chargeur à induction", "m", 0, "e"),
    ("Bluetooth speaker", 0, "enceinte Bluetooth", "f", 0, "e"),
    ("travel adapter", 0, "adaptateur de voyage", "m", 0, "e"),
    ("phone case", 0, "coque de téléphone", "f", 0, "a"),
    ("smartwatch strap", 0, "bracelet de montre connectée", "m", 0, "a"),
    ("laptop sleeve", 0, "housse d'ordinateur", "f", 0, "a"),
]
POOLS = {"p": "cshkgea", "p2": "cshkgea", "cp": "cs", "sp": "s", "hp": "hkg", "tp": "h",
         "fp": "kg", "kp": "k", "ep": "e"}
CLOTHES_SIZES = ["XS", "S", "M", "L", "XL", "36", "38", "40", "42", "44"]
SHOE_SIZES = ["37", "38", "39", "40", "41", "42", "43", "44"]
COLOURS = {"en": ["black", "navy", "beige", "olive green", "burgundy", "grey", "ecru", "camel"],
           "fr": ["noir", "bleu marine", "beige", "kaki", "bordeaux", "gris", "écru", "camel"]}
CARRIERS = ["Colissimo", "Chronopost", "Mondial Relay", "DPD", "UPS", "DHL", "GLS", "Evri"]
CODES = ["WELCOME10", "SUMMER20", "BRINDILLE15", "NOEL25", "FREESHIP", "BF30", "SOLDES20",
         "VIP15", "HELLO5", "PRINTEMPS10", "LUCIE15", "STUDENT10"]
PRICES = [12.9, 19.9, 24.9, 29.9, 34.5, 39.9, 45, 49.9, 59, 64.9, 79, 89.9, 99, 119, 129.9, 149]
PAST_DATES = {
    "en": ["on Monday", "last Tuesday", "on the 3rd", "on 12 March", "on 03/11", "last week",
           "10 days ago", "on the 28th of October", "two weeks ago", "on Friday", "on the 1st",
           "over a week ago", "on 5 Nov", "on Black Friday"],
    "fr": ["lundi", "mardi dernier", "le 3", "le 12 mars", "le 03/11", "la semaine dernière",
           "il y a 10 jours", "le 28 octobre", "il y a deux semaines", "vendredi", "le 1er",
           "il y a plus d'une semaine", "le 5 nov", "pendant le Black Friday"]}
SINCE = {"en": ["Monday", "last Tuesday", "the 3rd", "12 March", "03/11", "last week", "Friday",
                 "the 1st", "Black Friday", "the weekend"],
         "fr": ["lundi", "mardi dernier", "le 3", "le 12 mars", "le 03/11", "la semaine dernière",
                "vendredi", "le 1er", "le Black Friday", "10 jours", "plus d'une semaine"]}
DAYS = {"en": ["Saturday", "Friday", "Sunday", "Thursday", "the 14th", "the 21st", "Wednesday"],
        "fr": ["samedi", "ce samedi", "demain", "vendredi", "dimanche", "le 14", "mercredi"]}
# (what the customer writes, how the agent refers to it)
EVENTS = {
    "en": [("my daughter's birthday", "your daughter's birthday"),
           ("my sister's wedding", "your sister's wedding"), ("a wedding", "the wedding"),
           ("my son's birthday party", "your son's party"), ("our anniversary", "your anniversary"),
           ("a job interview", "your interview"), ("my holiday", "your holiday"),
           ("a christening", "the christening"), ("my mum's 60th", "your mum's 60th")],
    "fr": [("l'anniversaire de ma fille", "l'anniversaire de votre fille"),
           ("le mariage de ma sœur", "le mariage de votre sœur"), ("un mariage", "le mariage"),
           ("l'anniversaire de mon fils", "l'anniversaire de votre fils"),
           ("notre anniversaire de mariage", "votre anniversaire de mariage"),
           ("un entretien d'embauche", "votre entretien"), ("mes vacances", "vos vacances"),
           ("un baptême", "le baptême"), ("les 60 ans de ma mère", "les 60 ans de votre maman")]}
CITIES = {"en": ["Manchester", "Dublin", "Brussels", "Leeds", "Bristol", "Cork", "Glasgow", "Antwerp"],
          "fr": ["Lyon", "Nantes", "Lille", "Bordeaux", "Toulouse", "Liège", "Genève", "Rennes"]}
ADDRESSES = {
    "en": ["14 Rosewood Avenue, Leeds LS6 2QT", "Flat 3, 22 Kings Road, Brighton BN1 1NA",
           "Kerkstraat 12, 2000 Antwerp", "7 Marine Parade, Dun Laoghaire, A96 K2X4",
           "41 Albert Street, Manchester M2 5PE", "Unit 5, Harbour Business Park, Cork",
           "118 Dalry Road, Edinburgh EH11 2EZ", "29 Clifton Hill, Bristol BS8 1BN"],
    "fr": ["12 rue des Lilas, 69003 Lyon", "3 bis avenue Jean Jaurès, 44000 Nantes",
           "Résidence Les Pins, bât. B apt 12, 33700 Mérignac", "8 rue Nationale, 59000 Lille",
           "27 chemin des Vignes, 31400 Toulouse", "rue Saint-Gilles 45, 4000 Liège",
           "5 place du Marché, 35000 Rennes", "63 cours Victor Hugo, 33000 Bordeaux"]}
CARDS = {"en": ["Visa", "Mastercard", "debit card", "Amex", "Revolut card"],
         "fr": ["carte Visa", "Mastercard", "carte bleue", "American Express", "carte Revolut"]}
EMAILS = [  # reserved example domains: no real person's address
    "sarah.mitchell84@example.com", "j.oconnor@example.net", "camille.roux@example.org",
    "nath.dubois@example.com", "tomhughes_91@example.net", "lea.b@example.org",
    "mehdi.benali@example.com", "aoife.k@example.net", "marc.lefevre@example.org"]
PHONES = {  # ranges reserved for fiction (Ofcom 07700 900xxx, ARCEP 06 39 98 xx xx)
    "en": ["07700 900123", "+44 7700 900456", "07700 900781", "+44 7700 900312"],
    "fr": ["06 39 98 12 34", "06 39 98 45 90", "+33 6 39 98 87 12", "06 39 98 03 61"]}
# first name, last name, title
NAMES = {
    "en": [("Sarah", "Mitchell", "Mrs"), ("James", "O'Connor", "Mr"), ("Aoife", "Kelly", "Ms"),
           ("Tom", "Hughes", "Mr"), ("Aisha", "Khan", "Ms"), ("David", "Brennan", "Mr"),
           ("Chloe", "Evans", "Miss"), ("Mark", "Peeters", "Mr"), ("Rachel", "Green", "Mrs"),
           ("Olu", "Adeyemi", "Mr"), ("Hannah", "Walsh", "Ms"), ("Gareth", "Jones", "Mr")],
    "fr": [("Camille", "Roux", "Madame"), ("Julien", "Martin", "Monsieur"),
           ("Nathalie", "Dubois", "Madame"), ("Mehdi", "Benali", "Monsieur"),
           ("Sophie", "Lefèvre", "Madame"), ("Marc", "Lefebvre", "Monsieur"),
           ("Élodie", "Garnier", "Madame"), ("Yannick", "Le Goff", "Monsieur"),
           ("Fatou", "Diallo", "Madame"), ("Pierre-Yves", "Renard", "Monsieur"),
           ("Manon", "Girard", "Madame"), ("Laurent", "Willems", "Monsieur")]}
AGENTS = {"en": [("Emma", "f"), ("Tom", "m"), ("Priya", "f"), ("Lucas", "m"), ("Hannah", "f"),
                 ("Sam", "m")],
          "fr": [("Léa", "f"), ("Karim", "m"), ("Chloé", "f"), ("Thomas", "m"), ("Inès", "f"),
                 ("Julien", "m")]}
ETA = {"en": ["tomorrow", "on Thursday", "by Friday", "early next week", "on Monday",
              "within 2 working days"],
       "fr": ["demain", "jeudi", "d'ici vendredi", "en début de semaine prochaine", "lundi",
              "sous 2 jours ouvrés"]}
ETA_SOON = {"en": ["tomorrow", "tomorrow before 1pm", "within 24 hours"],
            "fr": ["demain", "demain avant 13 h", "sous 24 h"]}
SHIP_DAY = {"en": ["yesterday", "on Monday", "this morning", "on Tuesday", "on Friday"],
            "fr": ["hier", "lundi", "ce matin", "mardi", "vendredi"]}


def _starts_with_vowel(word: str) -> bool:
    return word[:1].lower() in "aeiouyéèêàâîô"


class Ctx:
    """Slot values of one message, kept so the agent's answer can mention the same things."""

    def __init__(self, rng: random.Random, lang: str):
        self.rng, self.lang = rng, lang
        self.values: dict[str, object] = {}
        self.product = None       # last product mentioned (for agreement slots)
        self.first_product = None
        self.used: set[str] = set()

    # -- helpers -------------------------------------------------------------------------------
    def _get(self, key, make):
        if key not in self.values:
            self.values[key] = make()
        return self.values[key]

    def _product(self, pool: str):
        def make():
            allowed = POOLS[pool]
            taken = [v for k, v in self.values.items() if k in POOLS]
            choices = [p for p in PRODUCTS if p[5] in allowed and p not in taken]
            return self.rng.choice(choices)
        prod = self._get(pool, make)
        self.product = prod
        if self.first_product is None:
            self.first_product = prod
        return prod

    def _oid(self):
        r, lang = self.rng, self.lang
        kind = r.random()
        if kind < 0.42:
            raw = str(r.randint(100000, 999999))
            shown = r.choice(["#" + raw, "#" + raw, raw, ("n°" if lang == "fr" else "no. ") + raw])
        elif kind < 0.62:
            raw = str(r.randint(4000000, 4999999))
            shown = raw
        else:
            country = r.choice(["FR", "FR", "BE"] if lang == "fr" else ["UK", "IE", "FR", "BE"])
            raw = f"{country}-{r.choice(['2024', '2024', '2025'])}-{r.randint(10000, 99999)}"
            style = r.random()
            shown = raw.lower() if style < 0.15 else raw.replace("-", "", 1) if style < 0.25 else raw
        return raw, shown

    # -- slots ---------------------------------------------------------------------------------
    def slot(self, name: str) -> str:
        r, lang = self.rng, self.lang
        if "/" in name:  # {singular/plural}, agreeing with the last product mentioned
            prod = self.product or FALLBACK_PRODUCT
            return name.split("/", 1)[prod[1] if lang == "en" else prod[4]]
        self.used.add(name)
        if name == "oid":
            return self._get("oid", self._oid)[1]
        if name in ("date", "since", "day", "city", "address", "email", "phone", "card"):
            table = {"date": PAST_DATES, "since": SINCE, "day": DAYS, "city": CITIES, "address": ADDRESSES,
                     "card": CARDS, "phone": PHONES}
            if name == "email":
                return self._get("email", lambda: r.choice(EMAILS))
            return self._get(name, lambda: r.choice(table[name][lang]))
        if name == "event":
            return self._get("event", lambda: r.choice(EVENTS[lang]))[0]
        if name in ("amount", "amount2"):
            value = self._get(name, lambda: r.choice(PRICES))
            return money(value, lang, r)
        if name == "code":
            return self._get("code", lambda: r.choice(CODES))
        if name == "carrier":
            return self._get("carrier", lambda: r.choice(CARRIERS))
        if name in ("size", "size2"):
            shoes = self.product is not None and self.product[5] == "s"
            sizes = SHOE_SIZES if shoes else CLOTHES_SIZES
            other = self.values.get("size2" if name == "size" else "size")
            return self._get(name, lambda: r.choice([s for s in sizes if s != other]))
        if name in ("color", "color2"):
            other = self.values.get("color2" if name == "color" else "color")
            return self._get(name, lambda: r.choice([c for c in COLOURS[lang] if c != other]))
        if name == "days":
            return self._get("days", lambda: str(r.choice([5, 6, 8, 9, 10, 12, 15, 18, 20])))
        if name == "last4":
            return self._get("last4", lambda: str(r.randint(1000, 9999)))
        if name == "shop":
            return r.choice([SHOP, SHOP, SHOP, SHOP.lower(), SHOP.upper()])
        if name == "agent":
            return self._get("agent", lambda: r.choice(AGENTS[lang])[0])
        if name == "name":
            return self.signature()
        # products and agreement
        if "_" in name and name.split("_", 1)[1] in POOLS:
            form, pool = name.split("_", 1)
            return self.product_form(self._product(pool), form)
        if name in POOLS:
            return self.product_form(self._product(name), "")
        return self.agreement(name)

    def product_form(self, prod, form: str) -> str:
        en, en_pl, fr, gender, fr_pl, _ = prod
        if self.lang == "en":
            if form == "a":
                vowel_sound = _starts_with_vowel(en) and not en.startswith("USB")
                return en if en_pl else ("an " if vowel_sound else "a ") + en
            if form == "the":
                return "the " + en
            return en
        vowel = _starts_with_vowel(fr)
        if form == "":
            return fr
        if fr_pl:
            art = {"le": "les", "un": "des", "mon": "mes", "ce": "ces", "du": "des"}[form]
            return f"{art} {fr}"
        if form == "le":
            return ("l'" + fr) if vowel else ("le " if gender == "m" else "la ") + fr
        if form == "du":
            return ("de l'" + fr) if vowel else ("du " if gender == "m" else "de la ") + fr
        if form == "un":
            return ("un " if gender == "m" else "une ") + fr
        if form == "mon":
            return ("mon " if gender == "m" or vowel else "ma ") + fr
        if form == "ce":
            return ("cet " if vowel else "ce ") + fr if gender == "m" else "cette " + fr
        raise KeyError(form)

    def agreement(self, name: str) -> str:
        prod = self.product or PRODUCTS[0]
        en_pl, gender, fr_pl = prod[1], prod[3], prod[4]
        en = {"is": ("is", "are"), "was": ("was", "were"), "it": ("it", "they"),
              "them": ("it", "them"), "has": ("has", "have"), "doesnt": ("doesn't", "don't"),
              "its": ("it's", "they're"), "one": ("one", "ones")}
        if name in en:
            return en[name][en_pl]
        fem = gender == "f"
        fr = {"e": ("e" if fem else "") + ("s" if fr_pl else ""),
              "est": "sont" if fr_pl else "est",
              "il": ("elles" if fem else "ils") if fr_pl else ("elle" if fem else "il"),
              "le": "les" if fr_pl else ("la" if fem else "le"),
              "l": "les " if fr_pl else "l'"}
        return fr[name]

    def signature(self) -> str:
        def make():
            first, last, title = self.rng.choice(NAMES[self.lang])
            style = self.rng.random()
            if style < 0.45:
                return first, first, None
            if style < 0.85:
                return f"{first} {last}", first, None
            if self.lang == "fr":
                return f"{'Mme' if title == 'Madame' else 'M.'} {last}", None, f"{title} {last}"
            return f"{first[0]}. {last}", None, f"{title} {last}"
        return self._get("name", make)[0]

    def render(self, template: str) -> str:
        text = ALT.sub(lambda m: self.rng.choice(m.group(1).split("|")), template)
        for name in SLOT.findall(text):  # choose products first: sizes and verbs agree with them
            pool = name.split("_", 1)[-1]
            if pool in POOLS:
                self._product(pool)
        return SLOT.sub(lambda m: self.slot(m.group(1)), text)


def money(value: float, lang: str, r: random.Random) -> str:
    whole = value == int(value)
    if lang == "fr":
        num = f"{int(value)}" if whole and r.random() < 0.6 else f"{value:.2f}".replace(".", ",")
        return r.choice([f"{num} €", f"{num}€", f"{num} euros", f"{num}€"])
    num = f"{int(value)}" if whole and r.random() < 0.6 else f"{value:.2f}"
    return r.choice([f"€{num}", f"€{num}", f"{num} EUR", f"£{num}", f"{num}€"])


# --------------------------------------------------------------------------------------------
# How a message is put together: channel, greeting, sign-off, and how people type
# --------------------------------------------------------------------------------------------

CHANNELS = [("email", 27), ("chat", 33), ("whatsapp", 25), ("messenger", 15)]
ANGRY_OK = {"order_status", "delivery_delay", "cancel_order", "change_address", "return_request",
            "exchange_item", "refund_status", "damaged_item", "wrong_item", "payment_failed",
            "charged_twice", "invoice_request", "promo_code", "account_access", "gdpr_deletion",
            "complaint", "human_agent"}
NOISE = {  # probability of each kind of noise per channel
    "email": {"lower": .03, "abbrev": .05, "emoji": .03, "typo": .2, "accents": .12, "bare": .05},
    "chat": {"lower": .25, "abbrev": .25, "emoji": .12, "typo": .35, "accents": .4, "bare": .45},
    "whatsapp": {"lower": .45, "abbrev": .5, "emoji": .35, "typo": .4, "accents": .6, "bare": .6},
    "messenger": {"lower": .4, "abbrev": .45, "emoji": .3, "typo": .4, "accents": .55, "bare": .6}}
ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
CALM = re.compile(r"not a big deal|no rush|nothing major|whenever|pas très grave|pas urgent|rien de "
                  r"grave|quand vous aurez le temps", re.IGNORECASE)
GREETING = re.compile(r"(hi|hello|hey|bonjour|bonsoir|salut|coucou)\b", re.IGNORECASE)


def strip_accents(text: str) -> str:
    out = unicodedata.normalize("NFD", text)
    out = "".join(c for c in out if unicodedata.category(c) != "Mn" or c == "\ufe0f")
    return unicodedata.normalize("NFC", out)


def typo(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    op = rng.random()
    if op < 0.35:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op < 0.65:
        w = w[:j] + w[j + 1:]
    elif op < 0.8:
        w = w[:j] + w[j] + w[j:]
    else:
        row = next((r for r in ROWS if w[j].lower() in r), None)
        if row:
            k = row.index(w[j].lower())
            w = w[:j] + row[max(0, min(len(row) - 1, k + rng.choice([-1, 1])))] + w[j + 1:]
    words[i] = w
    return " ".join(words)


def abbreviate(rng: random.Random, text: str, lang: str) -> str:
    for pattern, subs in ABBREV[lang]:
        if rng.random() < 0.55:
            text = re.sub(pattern, lambda m, subs=subs: rng.choice(subs), text, flags=re.IGNORECASE)
    return text


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def decapitalise(text: str) -> str:
    first = text.split(" ", 1)[0]
    if first in ("I", "I'm", "I've", "I'd", "I'll") or first[:2].isupper() or first.startswith("{"):
        return text
    return text[:1].lower() + text[1:]


def end_punct(sentence: str) -> bool:
    return sentence.rstrip()[-1:] in ".!?…)" if sentence.strip() else True


def join_sentences(rng: random.Random, parts: list[str], channel: str) -> str:
    out = parts[0]
    for part in parts[1:]:
        if end_punct(out):
            sep = "\n" if channel == "email" and rng.random() < 0.15 else " "
            out += sep + capitalise(part)
        elif channel == "email" or rng.random() < 0.5:
            out += ". " + capitalise(part)
        else:
            out += rng.choice([", ", " ", " - "]) + decapitalise(part)
    return out


def pick(rng: random.Random, weighted):
    total = sum(w for _, w in weighted)
    x = rng.uniform(0, total)
    for item, w in weighted:
        x -= w
        if x <= 0:
            return item
    return weighted[-1][0]


def closings(intent: str, lang: str, kind: str) -> list[str]:
    """Sign-offs that fit the message: no "thanks in advance" after a thank-you."""
    if intent != "thanks":
        return CLOSINGS[lang][kind]
    return [c for c in CLOSINGS[lang][kind]
            if not re.search(r"advance|avance|pls|svp|asap|retour|forward|attente", c)]


class Message:
    def __init__(self, text, intent, lang, urgency, topic, ctx, channel):
        self.text, self.intent, self.lang, self.urgency = text, intent, lang, urgency
        self.topic, self.ctx, self.channel = topic, ctx, channel
        self.norm = normalise(text)


def compose(rng: random.Random, intent: str, lang: str) -> Message:
    spec = INTENTS[intent][lang]
    channel = pick(rng, CHANNELS)
    ctx = Ctx(rng, lang)
    tag, topic, template = rng.choice(spec["core"])
    level = LEVEL[tag]
    parts = [capitalise(ctx.render(template))]
    greets = GREETING.match(parts[0]) is not None  # the core already says hello
    wanted = {"email": rng.choice([0, 1, 1, 2, 2, 3]), "chat": rng.choice([0, 0, 1]),
              "whatsapp": rng.choice([0, 0, 0, 1]), "messenger": rng.choice([0, 0, 1])}[channel]
    details = list(spec["details"])
    rng.shuffle(details)
    for dtag, _, dtemplate in details:
        if wanted == 0:
            break
        if LEVEL[dtag] in ("high", "critical") and CALM.search(parts[0]):
            continue  # "not a big deal" then "I need it ASAP" would contradict
        names = set(SLOT.findall(dtemplate))
        if any(n in ctx.used for n in names if n in ("oid", "date", "since", "day", "event", "amount",
                                                     "email", "address", "phone", "size2")):
            continue
        detail = capitalise(ctx.render(dtemplate))
        if rng.random() < 0.25 and channel != "email" and not greets:
            parts.insert(0, detail)
        else:
            parts.append(detail)
        if LEVEL[dtag] in ("high", "critical") and RANK[LEVEL[dtag]] > RANK[level]:
            level = LEVEL[dtag]
        wanted -= 1
    angry = False
    if intent in ANGRY_OK and tag != "l" and not CALM.search(parts[0]) and rng.random() < 0.09:
        parts.append(rng.choice(ANGRY[lang]))
        angry = True
        if RANK[level] < RANK["high"]:
            level = "high"
    body = join_sentences(rng, parts, channel)

    noise = NOISE[channel]
    if channel == "email":
        if rng.random() < 0.85 and not greets:
            opener, sep = ctx.render(rng.choice(OPENERS[lang]["email"])), rng.choice(["\n\n", "\n", " "])
            body = opener + sep + (decapitalise(body) if sep == " " else body)
        if not end_punct(body):
            body += "."
        if rng.random() < 0.8:
            body += rng.choice(["\n\n", "\n"]) + ctx.render(rng.choice(closings(intent, lang, "email")))
    else:
        if rng.random() < 0.45 and not greets:
            opener = ctx.render(rng.choice(OPENERS[lang]["chat"]))
            if opener[-1] in ",":
                body = opener + " " + decapitalise(body)
            elif opener[-1] in "!?":
                body = opener + " " + body
            else:
                body = opener + rng.choice([" ", ", ", " - ", "\n"]) + decapitalise(body)
        if rng.random() < 0.28:
            closing = ctx.render(rng.choice(closings(intent, lang, "chat")))
            body += (" " if end_punct(body) else rng.choice([". ", " ", ", "])) + closing

    if rng.random() < noise["abbrev"]:
        body = abbreviate(rng, body, lang)
    if lang == "fr" and rng.random() < noise["accents"]:
        body = strip_accents(body)
    for _ in range(rng.choice([1, 1, 2])):
        if rng.random() < noise["typo"]:
            body = typo(rng, body)
    if rng.random() < noise["lower"]:
        body = body.lower()
    if rng.random() < noise["bare"] and body[-1:] in ".":
        body = body[:-1]
    if (angry or level in ("high", "critical")) and channel != "email" and rng.random() < 0.2:
        body = re.sub(r"[!?]+$", lambda m: m.group(0) * rng.choice([2, 3]), body)
        if rng.random() < 0.35:
            body = body.upper()
    if rng.random() < noise["emoji"]:
        mood = ("happy" if intent == "thanks" else "urgent" if level == "critical" and rng.random() < .5
                else "angry" if angry or (level == "high" and rng.random() < .6)
                else "sad" if level == "high" else rng.choice(["polite", "neutral", "polite"]))
        emoji = rng.choice(EMOJI[mood])
        body = body + rng.choice([" ", "", " "]) + emoji if rng.random() < 0.8 else emoji + " " + body
    body = re.sub(r"[ \t]+", " ", body).strip()
    return Message(body, intent, lang, level, topic, ctx, channel)


# --------------------------------------------------------------------------------------------
# Agent answers (as sent), per intent and language
# --------------------------------------------------------------------------------------------

NEEDS_ORDER = {"order_status", "delivery_delay", "cancel_order", "change_address", "return_request",
               "exchange_item", "refund_status", "damaged_item", "wrong_item", "charged_twice",
               "invoice_request"}
SORRY_INTENTS = {"delivery_delay", "damaged_item", "wrong_item", "charged_twice", "complaint",
                 "refund_status", "payment_failed"}
FALLBACK_PRODUCT = ("item", 0, "article", "m", 0, "")
REQUIRES = {"event_ref": "event", "address_ref": "address"}  # answer slots with no sensible default
FEMININE_HINTS = re.compile(r"\b(débitée|déçue|sûre|livrée|absente|patiente|remboursée|trompée|"
                            r"contente|cliente|désinscrite)\b", re.IGNORECASE)


def tracking_number(rng: random.Random, carrier: str) -> str:
    digits = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    if carrier == "Colissimo":
        return "6A" + digits(11)
    if carrier == "Chronopost":
        return "XW" + digits(9) + "FR"
    if carrier == "UPS":
        return "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(16))
    return digits(14)


def sentence_case(text: str) -> str:
    text = capitalise(text)
    return re.sub(r"([.!?] )([a-zé])", lambda m: m.group(1) + m.group(2).upper(), text)


def answer_slots(rng: random.Random, msg: Message, agent: tuple[str, str]) -> dict[str, str]:
    v, lang, en = msg.ctx.values, msg.lang, msg.lang == "en"
    prod = next((v[k] for k in v if k in POOLS and k != "p2"), None) or FALLBACK_PRODUCT
    pctx = Ctx(rng, lang)
    pctx.product = prod
    if "oid" in v:
        raw = v["oid"][0]
        ref = ("#" if en else "n°") + raw if raw.isdigit() else raw
        order_ref = rng.choice(["your order ", "your order ", "order "] if en else
                               ["votre commande ", "votre commande ", "la commande "]) + ref
    else:
        order_ref = "your order" if en else "votre commande"
    amount = money(v["amount"], lang, rng) if "amount" in v else None
    carrier = v.get("carrier") or rng.choice(["DPD", "Evri", "UPS", "DHL"] if en else
                                             ["Colissimo", "Chronopost", "Mondial Relay", "DPD"])
    name = v.get("name")
    title = next((t for f, l, t in NAMES[lang] if name and (f == name[1] or l in name[0])), None)
    fem = (title in ("Madame", "Mrs", "Ms", "Miss")) or bool(FEMININE_HINTS.search(msg.text))
    fill = {
        "order_ref": order_ref, "agent": agent[0], "shop": SHOP,
        "ae": "e" if agent[1] == "f" else "", "c": "e" if fem else "",
        "carrier": carrier, "tracking": tracking_number(rng, carrier),
        "eta": rng.choice(ETA_SOON[lang] if "event" in v else ETA[lang]),
        "ship_day": rng.choice(SHIP_DAY[lang]),
        "event_ref": v["event"][1] if "event" in v else "",
        "address_ref": v.get("address", ""),
        "amount_ref": amount or ("the full amount" if en else "la totalité du montant"),
        "refund_ref": (("your refund of " if en else "votre remboursement de ") + amount) if amount
        else ("your refund" if en else "votre remboursement"),
        "dup_ref": (("the duplicate payment of " if en else "le paiement en double de ") + amount)
        if amount else ("the duplicate payment" if en else "le paiement en double"),
        "code_ref": (("the code " if en else "le code ") + v["code"]) if "code" in v
        else ("your code" if en else "votre code"),
        "gift_code": rng.choice(GIFT_CODES[lang]),
        "size_ref": (("a size " if en else "la taille ") + v["size"]) if "size" in v
        else ("the size you need" if en else "la taille souhaitée"),
        "color_ref": ("in " if en else "en ") + v["color"] if "color" in v
        else ("in the colour you wanted" if en else "dans la couleur souhaitée"),
        "city_ref": v.get("city") or ("your area" if en else "votre ville"),
        "email_ref": v.get("email") or ("the email address on your account" if en else
                                        "l'adresse e-mail de votre compte"),
        "phone_ref": v.get("phone") or ("the number on your account" if en else
                                        "numéro de votre compte"),
        "the_prod": pctx.product_form(prod, "the") if en else "",
        "your_prod": "your " + (prod[0] if prod is not FALLBACK_PRODUCT else "order"),
        "le_prod": pctx.product_form(prod, "le") if not en else "",
        "du_prod": pctx.product_form(prod, "du") if not en else "",
        "votre_prod": (("vos " if prod[4] else "votre ") + prod[2]) if prod is not FALLBACK_PRODUCT
        else "votre commande",
        "_plural": prod[1] if en else prod[4],
    }
    for key in ("e", "est", "is", "its", "it", "them", "il", "le", "l"):
        fill[key] = pctx.agreement(key)
    return fill


def compose_answer(rng: random.Random, msg: Message) -> str:
    lang, v = msg.lang, msg.ctx.values
    agent = rng.choice(AGENTS[lang])
    rows = [r for r in ANSWERS[msg.intent][lang]
            if all(REQUIRES[s] in v for s in SLOT.findall(r[2]) if s in REQUIRES)]
    chosen = None
    if msg.topic:
        match = [r for r in rows if r[1] == msg.topic]
        chosen = rng.choice(match) if match else None
    if chosen is None and "event" in v:  # a dated event: answer about the deadline
        match = [r for r in rows if "{event_ref}" in r[2]]
        chosen = rng.choice(match) if match else None
    if chosen is None and "oid" not in v and msg.intent in NEEDS_ORDER and rng.random() < 0.45:
        asks = [r for r in rows if r[0] == "?"]
        chosen = rng.choice(asks) if asks else None
    if chosen is None:
        special = [r for r in rows if r[0] == msg.urgency[0] and not r[1]]
        if special and rng.random() < 0.75:
            chosen = rng.choice(special)
        else:
            chosen = rng.choice([r for r in rows if r[0] == "*" and not r[1]])
    fill = answer_slots(rng, msg, agent)
    plural = fill.pop("_plural")
    render = lambda t: SLOT.sub(
        lambda m: m.group(1).split("/", 1)[plural] if "/" in m.group(1) else fill[m.group(1)],
        ALT.sub(lambda m: rng.choice(m.group(1).split("|")), t))
    body = sentence_case(render(chosen[2]))
    serious = msg.urgency in ("high", "critical")
    already = re.search(r"sorry|apolog|désolé|excuses|navré|pardon|regrette|understand|comprends",
                        body, re.IGNORECASE)
    chance = 0.75 if serious else 0.35 if msg.intent in SORRY_INTENTS else 0
    if msg.intent not in ("thanks", "legal_threat", "fraud") and not already and rng.random() < chance:
        body = render(rng.choice(APOLOGIES[lang][serious])) + " " + body
    closings = [ANSWER_CLOSINGS[lang][0], ""] if serious else ANSWER_CLOSINGS[lang]
    closing = "" if msg.intent in ("thanks", "legal_threat") else rng.choice(closings)
    name = v.get("name")
    who = (name[1] if name and name[1] else name[2] if name else None)
    en = lang == "en"
    if msg.channel == "email":
        if who:
            greeting = rng.choice([f"Hello {who},", f"Hi {who},", f"Dear {who},"] if en else
                                  [f"Bonjour {who},", f"Bonjour {who},", f"Bonsoir {who},"])
        else:
            greeting = rng.choice(["Hello,", "Hi,", "Hi there,", "Dear customer,"] if en else
                                  ["Bonjour,", "Bonjour,", "Madame, Monsieur,", "Bonsoir,"])
        signoff = render(rng.choice(SIGNOFFS[lang]))
        wishes = ("day", "evening", "journée", "soirée")
        if any(w in closing.lower() for w in wishes) and any(w in signoff.lower() for w in wishes):
            closing = ""  # not "Bonne soirée !" then "Belle journée, Léa"
        text = greeting + "\n\n" + body + ("\n\n" + closing if closing else "")
        return text + "\n\n" + signoff
    if not who:
        greetings = ["Hi!", "Hello!", "Hi there,", ""] if en else ["Bonjour !", "Bonjour,", "Hello !", ""]
    elif not name[1]:  # only a title and a surname: stay formal
        greetings = [f"Hello {who},"] if en else [f"Bonjour {who},"]
    else:
        greetings = ([f"Hi {who}!", f"Hello {who},", f"Hi {who},"] if en else
                     [f"Bonjour {who} !", f"Bonjour {who},", f"Hello {who} !"])
    greeting = rng.choice(greetings)
    text = (greeting + ("\n" if greeting.endswith(",") else " ") if greeting else "") + body
    if closing and rng.random() < 0.5:
        text += " " + closing
    if rng.random() < 0.15:
        text += "\n– " + agent[0]
    return text


# --------------------------------------------------------------------------------------------
# Out-of-scope messages (never used for training): things this shop does not handle
# --------------------------------------------------------------------------------------------



def compose_out_of_scope(rng: random.Random, theme: str, lang: str, template: str) -> str:
    ctx = Ctx(rng, lang)
    text = ctx.render(template)
    channel = pick(rng, CHANNELS)
    if theme == "spam":  # spam comes as it is, no greeting
        pass
    elif channel == "email" and rng.random() < 0.7:
        text = ctx.render(rng.choice(OPENERS[lang]["email"])) + "\n\n" + text
        text += ("" if end_punct(text) else ".") + "\n\n" + ctx.render(rng.choice(CLOSINGS[lang]["email"]))
    elif channel != "email" and rng.random() < 0.3:
        text = ctx.render(rng.choice(OPENERS[lang]["chat"])) + " " + decapitalise(text)
    noise = NOISE[channel]
    if lang == "fr" and rng.random() < noise["accents"]:
        text = strip_accents(text)
    if rng.random() < noise["typo"]:
        text = typo(rng, text)
    if rng.random() < noise["lower"]:
        text = text.lower()
    if rng.random() < noise["emoji"] / 2:
        text += " " + rng.choice(EMOJI["polite"] + EMOJI["neutral"])
    return re.sub(r"[ \t]+", " ", text).strip()


# --------------------------------------------------------------------------------------------
# Near-duplicate removal: TF-IDF over char_wb 3-5-grams, as scikit-learn computes it
# --------------------------------------------------------------------------------------------

def normalise(text: str) -> str:
    """Lowercase, every digit run -> "0", collapse whitespace (same as the test)."""
    return re.sub(r"\s+", " ", re.sub(r"\d+", "0", text.lower())).strip()


def char_wb(text: str, lo: int = 3, hi: int = 5) -> list[str]:
    """Character n-grams inside word boundaries, padded with spaces (sklearn's "char_wb")."""
    grams = []
    for word in text.split():
        word = f" {word} "
        for n in range(lo, hi + 1):
            offset = 0
            grams.append(word[offset:offset + n])
            while offset + n < len(word):
                offset += 1
                grams.append(word[offset:offset + n])
            if offset == 0:
                break
    return grams


def fit_idf(texts: list[str]) -> dict[str, float]:
    """Smoothed idf, as TfidfVectorizer(smooth_idf=True): ln((1 + n) / (1 + df)) + 1."""
    df = Counter()
    for text in texts:
        df.update(set(char_wb(text)))
    n = len(texts)
    return {g: math.log((1 + n) / (1 + d)) + 1 for g, d in df.items()}


def tfidf(text: str, idf: dict[str, float]) -> dict[str, float]:
    weights = {g: c * idf[g] for g, c in Counter(char_wb(text)).items() if g in idf}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {g: w / norm for g, w in weights.items()}


def dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(g, 0.0) for g, w in a.items())


class SimilarityIndex:
    """Finds vectors with cosine >= threshold without comparing every pair (prefix filtering).

    Order all n-grams globally, rarest first. A vector's prefix is its shortest run of n-grams in
    that order such that the norm of the rest is below the threshold. If two vectors share no
    n-gram inside both prefixes, every n-gram they share lies in the rest of one of them, so
    their cosine is below the threshold. Only prefixes are indexed and looked up.
    """

    def __init__(self, threshold: float, idf: dict[str, float]):
        self.threshold = threshold
        self.rank = {g: i for i, g in enumerate(sorted(idf, key=lambda g: (-idf[g], g)))}
        self.vectors: list[dict[str, float]] = []
        self.postings: dict[str, list[int]] = defaultdict(list)

    def prefix(self, vec: dict[str, float]) -> list[str]:
        rest, limit, grams = 1.0, self.threshold ** 2, []
        for g in sorted(vec, key=self.rank.__getitem__):
            if rest < limit:
                break
            grams.append(g)
            rest -= vec[g] * vec[g]
        return grams

    def candidates(self, vec: dict[str, float]) -> set[int]:
        found = set()
        for g in self.prefix(vec):
            found.update(self.postings.get(g, ()))
        return found

    def best(self, vec: dict[str, float]) -> float:
        return max((dot(vec, self.vectors[i]) for i in self.candidates(vec)), default=0.0)

    def add(self, vec: dict[str, float]) -> None:
        for g in self.prefix(vec):
            self.postings[g].append(len(self.vectors))
        self.vectors.append(vec)


def near_duplicates(texts: list[str], threshold: float = NEAR_DUP) -> list[int]:
    """Indices of texts that have a partner with cosine >= threshold (idf fitted on texts)."""
    norms = [normalise(t) for t in texts]
    idf = fit_idf(norms)
    vectors = [tfidf(t, idf) for t in norms]
    index = SimilarityIndex(threshold, idf)
    for vec in vectors:
        index.add(vec)
    flagged = []
    for i, vec in enumerate(vectors):
        if any(j != i and dot(vec, vectors[j]) >= threshold for j in index.candidates(vec)):
            flagged.append(i)
    return flagged


def select_distinct(candidates: list[list], quotas: list[int], key=lambda c: c) -> list:
    """Round-robin over candidate lists, keeping a candidate only if it is not a near-duplicate
    (cosine >= SELECT_AT, or same normalised text) of one already kept, until each list's quota
    is met. Returns the kept candidates in the order they were accepted."""
    everything = [normalise(key(c)) for group in candidates for c in group]
    idf = fit_idf(everything)
    index, seen, kept = SimilarityIndex(SELECT_AT, idf), set(), []
    counts, cursors = [0] * len(candidates), [0] * len(candidates)
    progress = True
    while progress:
        progress = False
        for g, group in enumerate(candidates):
            while counts[g] < quotas[g] and cursors[g] < len(group):
                cand = group[cursors[g]]
                cursors[g] += 1
                progress = True
                norm = normalise(key(cand))
                if norm in seen:
                    continue
                vec = tfidf(norm, idf)
                if index.best(vec) >= SELECT_AT:
                    continue
                seen.add(norm)
                index.add(vec)
                kept.append(cand)
                counts[g] += 1
                break
    short = [(g, counts[g], quotas[g]) for g in range(len(candidates)) if counts[g] < quotas[g]]
    if short:
        print(f"warning: quotas not met for groups {short}", file=sys.stderr)
    # the threshold above used an idf fitted on all candidates; re-check with the final idf
    texts = [key(c) for c in kept]
    norms = [normalise(t) for t in texts]
    final_idf = fit_idf(norms)
    drop, final_index = set(), SimilarityIndex(NEAR_DUP, final_idf)
    for i, norm in enumerate(norms):
        vec = tfidf(norm, final_idf)
        if final_index.best(vec) >= NEAR_DUP:
            drop.add(i)
            continue
        final_index.add(vec)
    return [c for i, c in enumerate(kept) if i not in drop]


# --------------------------------------------------------------------------------------------
# Putting it together
# --------------------------------------------------------------------------------------------

QUOTAS = {  # rows per intent (roughly balanced, as a real inbox sample would be after sampling)
    "order_status": 92, "delivery_delay": 90, "cancel_order": 76, "change_address": 70,
    "return_request": 86, "exchange_item": 74, "refund_status": 86, "damaged_item": 84,
    "wrong_item": 72, "payment_failed": 76, "charged_twice": 68, "invoice_request": 64,
    "promo_code": 70, "product_question": 82, "stock_availability": 66, "shipping_info": 68,
    "account_access": 72, "gdpr_deletion": 60, "complaint": 80, "legal_threat": 60, "fraud": 66,
    "human_agent": 62, "thanks": 78}
CANDIDATES_PER_SLOT = 6
EMPTY_ANSWER_SHARE = 0.14


def build_inbox(rng: random.Random) -> list[tuple[str, str, str, str, str]]:
    groups, quotas = [], []
    for intent, total in QUOTAS.items():
        fr = round(total * FRENCH_SHARE)
        for lang, n in (("en", total - fr), ("fr", fr)):
            groups.append([compose(rng, intent, lang) for _ in range(n * CANDIDATES_PER_SLOT)])
            quotas.append(n)
    kept = select_distinct(groups, quotas, key=lambda m: m.text)
    rng.shuffle(kept)
    rows = []
    for msg in kept:
        answer = compose_answer(rng, msg)
        if rng.random() < EMPTY_ANSWER_SHARE:
            answer = ""
        rows.append((msg.text, msg.intent, msg.urgency, msg.lang, answer))
    return rows


def build_out_of_scope(rng: random.Random, inbox_texts: set[str]) -> list[tuple[str, str]]:
    groups, quotas = [], []
    for theme, banks in OUT_OF_SCOPE.items():  # each template once, so no two say the same thing
        for lang, block in zip(("en", "fr"), banks):
            templates = [line.strip() for line in block.strip().splitlines() if line.strip()]
            made = [(compose_out_of_scope(rng, theme, lang, t), lang) for t in templates]
            groups.append([c for c in made if c[0] not in inbox_texts])
            quotas.append(len(templates))
    kept = select_distinct(groups, quotas, key=lambda c: c[0])
    rng.shuffle(kept)
    return kept


def write_csv(path: Path, header: list[str], rows) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent,
                        help="directory to write inbox.csv, answers.csv, out_of_scope.csv into")
    parser.add_argument("--quiet", action="store_true", help="do not print the summary")
    args = parser.parse_args(argv)
    rng = random.Random(SEED)
    inbox = build_inbox(rng)
    oos = build_out_of_scope(random.Random(SEED + 1), {r[0] for r in inbox})
    answers = [(intent, lang, APPROVED[intent][i]) for intent in INTENTS
               for i, lang in enumerate(("en", "fr"))]
    args.out.mkdir(parents=True, exist_ok=True)
    write_csv(args.out / "inbox.csv", ["text", "intent", "urgency", "language", "answer"], inbox)
    write_csv(args.out / "answers.csv", ["intent", "language", "answer"], answers)
    write_csv(args.out / "out_of_scope.csv", ["text", "language"], oos)
    if not args.quiet:
        texts = [r[0] for r in inbox]
        dups = near_duplicates(texts)
        print(f"inbox.csv: {len(inbox)} rows, near-duplicate rate {len(dups) / len(texts):.2%}")
        print("  intents:", dict(sorted(Counter(r[1] for r in inbox).items())))
        print("  urgency:", dict(Counter(r[2] for r in inbox).most_common()))
        print("  language:", dict(Counter(r[3] for r in inbox).most_common()),
              f"answers: {sum(1 for r in inbox if r[4])}")
        print(f"out_of_scope.csv: {len(oos)} rows,", dict(Counter(r[1] for r in oos)),
              f"near-duplicate rate {len(near_duplicates([r[0] for r in oos])) / len(oos):.2%}")
        print(f"answers.csv: {len(answers)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
