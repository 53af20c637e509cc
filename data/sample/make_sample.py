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

Phrase bank mini-language (one template per line):
    "n text"          urgency letter (l low, n normal, h high, c critical) then the text
    "n:topic text"    same, with a topic that picks a matching agent answer
    [a|b|c]           pick one alternative (an empty alternative is allowed: [very |])
    {slot}            a filler, see Ctx.slot (products, order numbers, dates...)
In answer banks the first field is "*" (any urgency), "l/n/h/c" (that urgency only), "?" (used
when the customer gave no order number) or ":topic" / "*:topic".
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

SEED = 20240611
SHOP = "Brindille"
LEVEL = {"l": "low", "n": "normal", "h": "high", "c": "critical"}
RANK = {"low": 0, "normal": 1, "high": 2, "critical": 3}
NEAR_DUP = 0.9        # definition shared with the test
SELECT_AT = 0.85      # stricter threshold while selecting, so the shipped file has a margin
FRENCH_SHARE = 0.41

ALT = re.compile(r"\[([^\[\]]*)\]")
SLOT = re.compile(r"\{(\w+)\}")


def bank(block: str) -> list[tuple[str, str, str]]:
    """Parse a phrase bank into (tag, topic, template) tuples."""
    rows = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        head, _, text = line.partition(" ")
        tag, _, topic = head.partition(":")
        rows.append((tag, topic, text.strip()))
    return rows


# --------------------------------------------------------------------------------------------
# Slot fillers
# --------------------------------------------------------------------------------------------

# english name, english plural?, french name, french gender, french plural?, pool
# pools: c clothes, s shoes, h home, e electrical (can overheat), a other accessories
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
    ("ceramic dinner set", 0, "service de table en céramique", "m", 0, "h"),
    ("linen tablecloth", 0, "nappe en lin", "f", 0, "h"),
    ("Nordvik throw", 0, "plaid Nordvik", "m", 0, "h"),
    ("scented candle", 0, "bougie parfumée", "f", 0, "h"),
    ("bedside lamp", 0, "lampe de chevet", "f", 0, "h"),
    ("bath towel set", 0, "lot de serviettes de bain", "m", 0, "h"),
    ("glass vase", 0, "vase en verre", "m", 0, "h"),
    ("set of 4 mugs", 0, "lot de 4 mugs", "m", 0, "h"),
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
POOLS = {"p": "cshea", "p2": "cshea", "cp": "cs", "sp": "s", "hp": "h", "ep": "e"}
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
EMAILS = ["sarah.mitchell84@gmail.com", "j.oconnor@outlook.com", "camille.roux@orange.fr",
          "nath.dubois@free.fr", "tomhughes_91@hotmail.co.uk", "lea.b@laposte.net",
          "mehdi.benali@gmail.com", "aoife.k@icloud.com", "marc.lefevre@sfr.fr"]
PHONES = {"en": ["07700 900123", "+44 7911 123456", "087 123 4567", "+32 470 12 34 56"],
          "fr": ["06 12 34 56 78", "07 81 22 45 90", "+33 6 45 87 12 03", "0470 55 12 89"]}
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
        self.used.add(name)
        if name == "oid":
            return self._get("oid", self._oid)[1]
        if name in ("date", "day", "city", "address", "email", "phone", "card"):
            table = {"date": PAST_DATES, "day": DAYS, "city": CITIES, "address": ADDRESSES,
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
            return r.choice([SHOP, SHOP, SHOP, SHOP.lower(), SHOP + ".com", SHOP.upper()])
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
                return en if en_pl else ("an " if _starts_with_vowel(en) else "a ") + en
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
        return SLOT.sub(lambda m: self.slot(m.group(1)), text)


def money(value: float, lang: str, r: random.Random) -> str:
    whole = value == int(value)
    if lang == "fr":
        num = f"{int(value)}" if whole and r.random() < 0.6 else f"{value:.2f}".replace(".", ",")
        return r.choice([f"{num} €", f"{num}€", f"{num} euros", f"{num}€"])
    num = f"{int(value)}" if whole and r.random() < 0.6 else f"{value:.2f}"
    return r.choice([f"€{num}", f"€{num}", f"{num} EUR", f"£{num}", f"{num}€"])


# --------------------------------------------------------------------------------------------
# Customer messages: core requests and optional details, per intent and language
# --------------------------------------------------------------------------------------------

def I(en_core: str, en_details: str, fr_core: str, fr_details: str) -> dict:
    return {"en": {"core": bank(en_core), "details": bank(en_details)},
            "fr": {"core": bank(fr_core), "details": bank(fr_details)}}


INTENTS: dict[str, dict] = {}

INTENTS["order_status"] = I("""
n Where is my order {oid}?
n Hi, can you tell me where my order is? [Order number|Order no|It's] {oid}
n any update on {oid}
n I placed an order {date} and haven't heard anything since. Has it [shipped|gone out] yet?
n Has my order shipped yet? I ordered the {p} {date}
n tracking for {oid} hasn't [changed|updated|moved] in [3|4|5] days, is it [stuck|lost] somewhere?
n order status {oid} [please|pls|?]
n When will my {p} arrive? [Order|Ref] {oid}
n I got the confirmation email but [no shipping email|nothing about dispatch]. Is my order actually being sent?
n The tracking link [in your email|you sent me] [doesn't work|gives me an error page|just says label created]. Can you check {oid}?
n what's happening with my order?? been waiting [a week|ages|over a week] now
n Could you please confirm whether order {oid} has been dispatched? I need to plan to be home.
n It's said 'processing' since {date}. Is that normal? It was paid straight away
n hey just checking on my order, the {p}. any idea when it ships
h I need to know where my order {oid} is, it's for {event} on {day}
h Will the {p} arrive before {day}? It's for {event} and I'm getting [nervous|a bit worried|stressed]
n Is there a way to see where my parcel is? I never got a tracking number
l No rush at all, just curious whether {oid} has left the warehouse yet
n Hello, I have passed a command {oid} and I have no news since {date}, can you help me?
n Can I get an ETA on {oid}? [The app|Your site] just says 'in preparation'
n Where's my stuff lol. Ordered {date}
n My order page says 'shipped' but there's no tracking number anywhere. Which carrier is it with?
n Just want to double check you got my order, I paid but [didn't get a confirmation email|the page crashed after payment]
""", """
n I ordered it {date}.
n I paid with [PayPal|Apple Pay|my card] so the payment definitely went through.
n The website still says 'processing'.
n I've checked my spam folder, nothing there.
h It's a present for {event} on {day}.
n I'm out at work all day so I'd like to know when to expect it.
n It's the [first|second] time I order from you.
n My email on the order is {email}.
""", """
n Bonjour, où en est ma commande {oid} ?
n Je n'ai aucune nouvelle de ma commande passée {date}, [pouvez-vous|vous pouvez] vérifier ?
n ma commande {oid} est toujours [en préparation|"en cours de traitement"] depuis {date}, c'est normal ?
n Est-ce que ma commande a été expédiée ? J'ai commandé {un_p} {date}
n le suivi ne bouge plus depuis [3|4|5] jours, commande {oid}
n Quand est-ce que je vais recevoir {mon_p} ? [Commande|N° de commande|Réf] {oid}
n suivi commande {oid} [svp|stp|merci]
n J'ai bien reçu le mail de confirmation mais rien depuis. Elle part quand ?
n Le lien de suivi [ne marche pas|affiche une erreur|indique juste "étiquette créée"], vous pouvez regarder pour la commande {oid} ?
n Vous pouvez me donner des nouvelles de ma commande ? ça fait [une semaine|10 jours|un moment] que j'attends
h j'ai besoin de savoir où en est ma commande {oid}, c'est pour {event} {day}
h Est-ce que {le_p} arrivera avant {day} ? C'est pour {event}, je commence à stresser
n Je voulais savoir si ma commande était partie, je n'ai pas de numéro de suivi
l Pas urgent, mais est-ce que ma commande {oid} a été expédiée ?
n Bonjour, je me permets de vous relancer concernant ma commande {oid} pour laquelle je n'ai aucune information de suivi.
n Hello, je check le tracking de ma cmd {oid} et y'a rien qui bouge, vous pouvez voir ?
n elle est où ma commande ? passée {date}
n Mon espace client affiche "expédiée" mais sans numéro de suivi, c'est quel transporteur ?
n Je voudrais juste être sûre que vous avez bien reçu ma commande, le paiement est passé mais [pas de mail de confirmation|la page a planté après]
""", """
n Je l'ai passée {date}.
n J'ai payé par [PayPal|carte|Apple Pay], le paiement est bien passé.
n Sur le site c'est toujours marqué "en préparation".
n J'ai regardé dans mes spams, rien.
h C'est un cadeau pour {event} {day}.
n Je travaille toute la journée donc j'aimerais savoir quand je serai livrée.
n Mon adresse mail : {email}
""")

INTENTS["delivery_delay"] = I("""
n My parcel was supposed to arrive {date} and it's still not here
n Delivery was due [yesterday|on Monday|last week] and still nothing. Order {oid}
h It's been [2|3] weeks since I ordered and nothing has arrived. This is ridiculous
n:missing The tracking says delivered but I never got the parcel. {oid}
h:missing Tracking says delivered, nothing at my door and the neighbours haven't got it either. I paid {amount} for this
n {carrier} keeps pushing the delivery date back. What's going on with {oid}?
n Estimated delivery was {date}, it's now [3|4|5] days late
h I paid for express delivery and it's late. I needed it for {day}
h The {p} was meant to arrive before {event} on {day} and it didn't. Really disappointed
n:missing the courier says he tried to deliver but I was home all day??
n:depot parcel stuck at the {carrier} depot since {date}
n Your website said 2-4 working days. It's been [8|9|10|12] days
n still waiting for my order. it's late
n My order should have been delivered [today|this morning|by now] but the tracking hasn't updated since {date}
h I've been waiting over a month. Either send it or refund me
n:depot Is my parcel lost? {carrier} tracking shows nothing since {date}
h This was a gift for {event} and the day has come and gone. Where is it?!
n Hello, my package is in delay since one week, order {oid}
n:missing {carrier} says it was left in a safe place. There is no safe place, I live in a flat
n:depot The pickup point says they never received my parcel but tracking says it's ready for collection
""", """
n I ordered it {date}.
n The order number is {oid}.
h I specifically chose next-day delivery.
n I've been checking the tracking every day.
h It's the second time this happens with your shop.
n I've already contacted {carrier}, they told me to contact you.
h I'm going away {day} so it needs to come before then.
""", """
n Ma commande devait arriver {date} et je n'ai toujours rien
n La livraison était prévue [hier|lundi|la semaine dernière] et rien n'est arrivé. Commande {oid}
h Ça fait [2|3] semaines que j'attends, c'est inadmissible
n:missing Le suivi indique "livré" mais je n'ai rien reçu ! cmd {oid}
h:missing colis indiqué livré, rien dans ma boîte aux lettres ni chez les voisins. J'ai quand même payé {amount}
n {carrier} repousse la date de livraison tous les jours, il se passe quoi avec ma commande {oid} ?
n La date estimée était {date}, on a déjà [3|4|5] jours de retard
h J'ai payé la livraison express et elle est en retard, j'en avais besoin pour {day}
h {le_p} devait arriver avant {event} {day}, ce n'est pas le cas. Très déçue
n:missing le livreur dit qu'il est passé mais j'étais chez moi toute la journée...
n:depot Mon colis est bloqué au dépôt {carrier} depuis {date}
n Sur le site c'était marqué 2 à 4 jours ouvrés, ça fait [8|9|10|12] jours
n toujours pas reçu ma commande
h Ça fait plus d'un mois. Soit vous envoyez le colis, soit vous me remboursez
n:depot Mon colis est perdu ? Plus aucune info sur le suivi {carrier} depuis {date}
n:depot Le point relais me dit qu'il n'a jamais reçu le colis alors que le suivi dit qu'il est disponible
h C'était un cadeau pour {event}, c'est passé et toujours rien !!
n:missing Le transporteur dit avoir déposé le colis "en lieu sûr", il n'y a pas de lieu sûr j'habite en appartement
""", """
n Commande passée {date}.
n Numéro de commande : {oid}
h J'avais pris la livraison express exprès.
n J'ai déjà appelé {carrier}, ils me disent de voir avec vous.
h C'est la deuxième fois que ça arrive avec vous.
h Je pars en vacances {day} donc il me le faut avant.
""")

INTENTS["cancel_order"] = I("""
n I'd like to cancel my order {oid} please
n:mistake Can I still cancel? I ordered the {p} by mistake
n cancel {oid}
n Please cancel order {oid}, I found it cheaper elsewhere
n:mistake I ordered the wrong size, can you cancel it before it ships?
n:mistake Hi, I placed the same order twice by accident, can you cancel one of them ({oid})?
h Please cancel {oid} IMMEDIATELY. [10 days|Two weeks] and it hasn't even shipped
n I changed my mind about the {p}, is it too late to cancel?
n:how how do I cancel an order? there's no button in my account
h:shipped I asked you to cancel {oid} {date} and it shipped anyway. Now what?
n Cancel my order please, I don't need it anymore
n:partial Is it possible to cancel just the {p} and keep the rest of the order?
n The delivery date is too late for me, I'd rather cancel
n My partner already bought the same thing, please cancel {oid}
n Hello, I want to annulate my command {oid}, thank you
n:shipped If it's already shipped can I just refuse the parcel instead of cancelling?
""", """
n I placed it {date}.
n It hasn't shipped yet according to my account.
n Please refund to the original card.
n Order number is {oid}.
""", """
n Je souhaite annuler ma commande {oid}
n:mistake Est-ce que je peux encore annuler ? J'ai commandé {le_p} par erreur
n annulation commande {oid} [svp|stp|merci]
n Merci d'annuler la commande {oid}, je l'ai trouvé moins cher ailleurs
n:mistake Je me suis trompée de taille, vous pouvez annuler avant l'envoi ?
n:mistake J'ai passé deux fois la même commande par erreur, pouvez-vous annuler la {oid} ?
h Annulez ma commande {oid} tout de suite, [10 jours|deux semaines] et toujours pas expédiée
n J'ai changé d'avis pour {le_p}, c'est trop tard pour annuler ?
n:how comment on annule une commande ? je trouve pas le bouton
h:shipped J'ai demandé l'annulation {date} et la commande est quand même partie. Je fais quoi ?
n:partial Je voudrais annuler seulement {le_p} et garder le reste de la commande
n Le délai de livraison est trop long pour moi, je préfère annuler
n Mon mari a commandé la même chose de son côté, merci d'annuler la mienne ({oid})
n:shipped Si le colis est déjà parti je peux le refuser à la livraison ?
""", """
n Commande passée {date}.
n D'après mon compte elle n'est pas encore expédiée.
n Merci de rembourser sur la carte utilisée.
""")

INTENTS["change_address"] = I("""
n I need to change the delivery address on order {oid}
n I've moved, can you send {oid} to {address} instead?
n Typo in my address! It should be {address}
n Can I still change the shipping address? The order hasn't shipped yet
n Could you deliver to my work address instead: {address}
h Wrong address on {oid} and it ships today, please change it to {address} before it goes!
n I forgot my flat number in the address. It's flat [3|4B|12], same building
n:relay Can I have my order sent to a pickup point instead of my home?
n change address for {oid} pls, new one is {address}
n:neighbour I'll be away on {day}, could the parcel go to my neighbour at number [14|16|22]?
n:how How do I update the address for an order I've already placed?
n the postcode on my order is wrong, it should be [LS6 2QT|BN1 1NA|2000|A96 K2X4]
h I'm moving out {day} and the parcel is going to my old address. Please redirect it to {address}
n My address autocompleted to the wrong street, it should be {address}
""", """
n The order was placed {date}.
n My phone number for the courier is {phone}.
n The rest of the details are correct.
h I won't have access to the old address after {day}.
""", """
n Je dois modifier l'adresse de livraison de la commande {oid}
n J'ai déménagé, pouvez-vous envoyer la commande {oid} au {address} ?
n Erreur dans mon adresse ! La bonne c'est {address}
n Est-ce qu'on peut encore changer l'adresse ? La commande n'est pas encore partie
n Vous pouvez livrer à mon travail plutôt : {address}
h Mauvaise adresse sur la commande {oid} et elle part aujourd'hui, merci de corriger avant l'envoi : {address}
n J'ai oublié le numéro d'appartement, c'est le [12|B4|3e étage porte gauche]
n:relay Je préfère finalement me faire livrer en point relais, c'est possible ?
n changement adresse cmd {oid}, nouvelle adresse {address}
n:neighbour Je serai absente {day}, le colis peut être déposé chez ma voisine au [14|16|22] ?
n:how Comment modifier l'adresse d'une commande déjà passée ?
n Le code postal est faux sur ma commande, c'est [69003|44000|33700|59000] et pas [69007|44100|33000|59800]
h Je déménage {day} et le colis part à l'ancienne adresse ! Merci de l'envoyer au {address}
""", """
n Commande passée {date}.
n Mon numéro pour le livreur : {phone}
n Le reste est correct.
""")

INTENTS["return_request"] = I("""
n I'd like to return the {p}, how do I do that?
n How do I return an item? Order {oid}
n The {cp} doesn't fit, I want to send {them} back
n:label Can I get a return label for {oid}?
n I want to return part of my order (the {p}) for a refund
n:policy What's your return policy? I bought the {p} [two weeks|3 weeks|10 days] ago
n the {cp} [looks|look] nothing like the photos, returning {them}
n:free Do I have to pay for the return shipping?
n:late I'm a couple of days past the 30 days, can I still return the {p}?
n:store Can I return it to a shop or is it post only?
n:label I printed the return label but the {carrier} drop-off won't accept it
n return request for {oid}, didn't like the colour
n:gift Is it possible to return a gift? It came from your shop but I don't have the order number
n The {p} {is} not what I expected quality-wise. How do I send {them} back?
n Hi, I want to give back the {p}, it's not for me
""", """
n I ordered {date}.
n Never worn, tags still on.
n I'd like a refund rather than store credit.
n I still have the original packaging.
""", """
n Je voudrais retourner {le_p}, comment faire ?
n Comment faire un retour ? Commande {oid}
n {le_cp} ne me va pas, je veux {le} renvoyer
n:label Vous pouvez m'envoyer une étiquette retour pour la commande {oid} ?
n Je souhaite retourner une partie de ma commande ({le_p}) pour être remboursée
n:policy Quel est le délai pour les retours ? J'ai acheté {le_p} il y a [15 jours|3 semaines|10 jours]
n {le_cp} ne ressemble pas du tout aux photos, je {le} renvoie
n:free Le retour est gratuit ou c'est à ma charge ?
n:late J'ai dépassé les 30 jours de deux jours, je peux quand même retourner {le_p} ?
n:store retour possible en magasin ou seulement par la poste ?
n:label J'ai imprimé l'étiquette mais le point relais la refuse
n demande de retour cmd {oid}, la couleur ne me plaît pas
n:gift On m'a offert {un_p} qui vient de chez vous, je peux {le} retourner sans le numéro de commande ?
n Bonjour, la qualité n'est pas au rendez-vous, je souhaite vous retourner {le_p}
""", """
n Commande passée {date}.
n Jamais porté, les étiquettes sont encore dessus.
n Je préfère un remboursement plutôt qu'un avoir.
""")

INTENTS["exchange_item"] = I("""
n Can I exchange the {cp} for a size {size}?
n I need a bigger size, the {cp} {is} too small. Can I swap {them}?
n:colour Is it possible to exchange the {cp} for the same model in {color}?
n Exchange please, ordered {size}, need {size2}
n The {cp} {is} too big, I'd like a smaller size instead of a refund
n:how Do you do exchanges or do I have to return and reorder?
h I need to swap the {cp} for a {size} before {event} on {day}, is that possible in time?
n:colour can i change my {cp} for a different colour
n I'd like to exchange the {p} for a different model, happy to pay the difference
n The {cp} in {size} is sold out online, can I exchange mine for a {size2} instead?
n Swapping the {cp} for a {size} please. Order {oid}
n My {cp} [is|are] fine but my husband needs {them} in {size}, can we exchange?
n The {cp} came up small. Does an exchange for a {size} cost anything?
""", """
n Order {oid}.
n Bought {date}.
n I usually take a {size2} in other brands.
n Unworn, still in the bag.
h It's a gift so I'd really like the right size quickly.
""", """
n Je peux échanger {le_cp} contre une taille {size} ?
n {le_cp} {est} trop petit{e}, je voudrais la taille au-dessus
n:colour C'est possible d'échanger {le_cp} contre le même modèle en {color} ?
n échange [svp|stp], j'ai pris du {size} il me faut du {size2}
n {le_cp} taille grand, je voudrais une taille en dessous plutôt qu'un remboursement
n:how Vous faites les échanges ou il faut retourner et recommander ?
h Il me faut {le_cp} en {size} avant {event} {day}, un échange est possible à temps ?
n:colour je peux changer la couleur de {mon_cp} ?
n J'aimerais échanger {le_p} contre un autre modèle, je paie la différence
n {le_cp} en {size} n'est plus dispo sur le site, je peux échanger contre du {size2} ?
n Bonjour, pour la commande {oid} je voudrais échanger {le_cp}, taille {size} au lieu de {size2}
n L'échange est gratuit ? {le_cp} taille petit{e}
""", """
n Commande {oid}.
n Acheté{e} {date}.
n Jamais porté{e}, encore dans l'emballage.
h C'est un cadeau donc j'aimerais avoir la bonne taille rapidement.
""")

INTENTS["refund_status"] = I("""
n When will I get my refund for {oid}?
h I returned the {p} {date} and still no refund. It's been [3|4|5] weeks
h You confirmed my refund of {amount} [two weeks|10 days|3 weeks] ago, nothing on my account
n:received Has my return been received? I sent it back {date}
n:howlong How long do refunds take?
h Where is my money? Returned the item over a month ago
n:partial The refund I got is {amount} but I paid more. What about the shipping?
n I cancelled {oid} {date}, when does the refund go through?
h Still waiting on my refund of {amount}. This is the [third|fourth] time I'm asking
n:received My return shows as delivered to you, when will the refund be processed?
n:bank Got an email saying refund processed but my bank shows nothing. How many days does it take?
n refund for {oid}?
n:card Can the refund go to a different card? My old one was cancelled
n Hi, did you get the {p} back? I'm waiting for the money to buy something else
h It's been {days} working days since you received my return. Legally you have 14. Please refund me
""", """
n I used the return label you sent me.
n Tracking shows you received it {date}.
n It was paid by [PayPal|card|Apple Pay].
h I really need that money back, it's not a small amount.
""", """
n Quand vais-je recevoir le remboursement de la commande {oid} ?
h J'ai renvoyé {le_p} {date} et toujours pas de remboursement, ça fait [3|4|5] semaines
h Vous m'avez confirmé un remboursement de {amount} il y a [15 jours|10 jours|3 semaines], je n'ai rien sur mon compte
n:received Vous avez bien reçu mon retour ? Je l'ai envoyé {date}
n:howlong Combien de temps pour être remboursé ?
h Je veux mon argent. Retour envoyé il y a plus d'un mois
n:partial Vous m'avez remboursé {amount} mais j'avais payé plus, et les frais de port ?
n J'ai annulé la commande {oid} {date}, le remboursement arrive quand ?
h Toujours pas reçu mes {amount}. C'est la [troisième|quatrième] fois que je vous écris
n:received Mon retour apparaît comme livré chez vous, quand est-ce que le remboursement sera fait ?
n:bank J'ai reçu le mail "remboursement effectué" mais rien sur mon compte bancaire, il faut combien de jours ?
n rembourssement cmd {oid} ??
n:card Le remboursement peut-il être fait sur une autre carte ? L'ancienne a été résiliée
""", """
n J'ai utilisé l'étiquette retour que vous m'avez envoyée.
n Le suivi indique que vous l'avez reçu {date}.
n J'avais payé par [PayPal|carte bancaire|Apple Pay].
h Ce n'est pas une petite somme, j'en ai besoin.
""")

INTENTS["damaged_item"] = I("""
h The {p} arrived broken
h The {hp} was smashed when I opened the box. Order {oid}
h The {cp} [has a hole in it|has a tear along the seam|has a big pull in the fabric], and it's brand new
h Box was crushed and the {p} inside {is} [scratched|dented|damaged]
c:safety The {ep} started smoking while charging. I unplugged it but the cable has melted
c:safety Your {ep} overheated and burned my [daughter's|son's] hand. What are you going to do about it?
c:safety The {ep} sparked when I plugged {it} in. Is {it} even safe?? My kids use this room
h:faulty The {ep} stopped working after [2|3|4] days
h The {cp} came with a stain on the front, looks like {its} been worn
h The zip on the {cp} broke the first time I used {it}
h Half the mugs in the {hp} are chipped. Lovely gift...
h Arrived damaged, I've got photos. What now?
h:faulty The {ep} doesn't charge at all, dead on arrival
c:safety The {ep} got so hot it left a burn mark on my desk. I'm scared it could catch fire
h the sole came off my {sp} after [one wear|two days|a week]
c:safety my {ep} swelled up and the case split open, it smells of burning
h The glass in the {hp} was cracked inside the packaging, there are shards everywhere
""", """
n I've attached photos of the damage.
n Order number {oid}.
n The outer box looked fine.
h I'd like a replacement as soon as possible.
h It was a gift, so this is really embarrassing.
c I don't want this thing in my house any more.
""", """
h {le_p} est arrivé{e} cassé{e}
h {le_hp} était en morceaux à l'ouverture du colis. Commande {oid}
h {le_cp} a [un trou|une couture décousue|un accroc], alors que c'est neuf
h Carton écrasé et {le_p} à l'intérieur [est|sont] abîmé{e}
c:safety {le_ep} a commencé à fumer pendant la charge, le câble a fondu
c:safety {le_ep} a surchauffé et mon [fils|petit garçon|bébé] s'est brûlé la main. Qu'est-ce que vous comptez faire ?
c:safety {le_ep} a fait des étincelles quand je {l}ai branché{e}. C'est dangereux ?? Mes enfants jouent dans cette pièce
h:faulty {le_ep} ne marche plus au bout de [2|3|4] jours
h {le_cp} est arrivé{e} avec une tache, on dirait qu'{il} a déjà été porté{e}
h La fermeture éclair de {mon_cp} a lâché dès la première utilisation
h La moitié des pièces {du_hp} sont ébréchées, super cadeau...
h Colis arrivé abîmé, j'ai des photos. On fait comment ?
h:faulty {le_ep} ne charge pas du tout, HS dès la sortie du carton
c:safety {le_ep} est devenu{e} brûlant{e}, {il} a laissé une marque sur mon bureau. J'ai peur que ça prenne feu
h la semelle de {mon_sp} s'est décollée après [une journée|deux sorties|une semaine]
c:safety {le_ep} a gonflé et le boîtier s'est fendu, ça sent le brûlé
""", """
n Je vous joins les photos.
n Numéro de commande {oid}.
n Le carton avait l'air intact.
h Je voudrais un remplacement au plus vite.
c Je ne veux plus de ce truc chez moi.
""")

INTENTS["wrong_item"] = I("""
h I ordered the {p} and received {a_p2} instead
h Wrong item in my parcel. Order {oid}
h:size You sent me a size {size2} instead of {size}
h:colour I got the {cp} in {color} but I ordered {color2}
h This isn't my order at all, the packing slip has someone else's name on it
h There was {a_p2} in the box, I never ordered that
h Only half my order arrived and one of the items isn't even mine
h I received the wrong {cp}, I need the right one before {event} on {day}!!
h:colour order {oid}: wrong product. I ordered {color}, got something else entirely
h I got a men's {cp} instead of the women's one
h:size Ordered the {sp} in {size}, the box says {size} but the shoes inside are a {size2}
h The label on the bag says {p} but what's inside is {a_p2}
""", """
n Order number {oid}.
n I've kept everything in the original packaging.
h I need the correct item as soon as possible.
n Can you send a label to return the wrong one?
""", """
h J'ai commandé {un_p} et j'ai reçu {un_p2} à la place
h Erreur dans mon colis, ce n'est pas le bon article. Commande {oid}
h:size Vous m'avez envoyé du {size2} au lieu du {size}
h:colour J'ai reçu {le_cp} en {color} alors que j'avais pris du {color2}
h Ce n'est pas du tout ma commande, il y a le nom de quelqu'un d'autre sur le bon
h Il y avait {un_p2} dans le carton, je n'ai jamais commandé ça
h Il manque la moitié de ma commande et un des articles n'est même pas à moi
h Mauvais article reçu, il me faut le bon avant {event} {day} !!
h Reçu le modèle homme au lieu du modèle femme pour {le_cp}
h:size La boîte indique {size} mais à l'intérieur {le_sp} [est|sont] en {size2}
h L'étiquette du sachet dit {p} mais dedans c'est {un_p2}
""", """
n Numéro de commande {oid}.
n J'ai tout gardé dans l'emballage d'origine.
h Il me faut le bon article rapidement.
n Vous m'envoyez une étiquette pour renvoyer le mauvais ?
""")

INTENTS["payment_failed"] = I("""
n My card keeps getting declined at checkout but it works everywhere else
n I can't pay with PayPal, it just loops back to the basket
n Error at checkout: 'payment could not be processed'. Tried [2|3|4] different cards
n Apple Pay isn't working on your site [at all|since this morning|on my iPhone]
c Your checkout won't take my card and the sale ends [tonight|in an hour|at midnight]. I need to order NOW
n The 3D Secure code never arrives so I can't finish the payment
n Is there another way to pay? My {card} keeps being refused
h:pending Payment declined but my bank says {amount} is pending. Did the order go through or not?
n:transfer Can I pay by bank transfer?
n I tried to pay three times and got an error each time
c I have to pay today or my pre-order for the {p} is cancelled and your site keeps failing
n checkout freezes at the payment step on mobile
n:klarna Klarna declined me but I've used it with you before, any idea why?
h:pending Payment failed, I ordered again and it failed again, but both amounts are showing on my account
n Your payment page says 'card not supported'. It's a {card}
""", """
n I'm trying to buy the {p}.
n My bank says there's no block on their side.
n I've tried on my laptop and my phone.
c The promo price is only valid today.
""", """
n Ma carte est refusée au moment de payer alors qu'elle marche partout ailleurs
n Impossible de payer avec PayPal, ça me renvoie au panier
n Erreur au paiement : "transaction refusée". J'ai essayé [2|3|4] cartes
n Apple Pay ne fonctionne pas sur votre site [du tout|depuis ce matin|sur mon iPhone]
c Le paiement ne passe pas et les soldes se terminent [ce soir|dans une heure|à minuit], je dois commander MAINTENANT
n Je ne reçois jamais le code 3D Secure donc je ne peux pas valider le paiement
n Il y a un autre moyen de payer ? Ma {card} est refusée
h:pending Paiement refusé mais ma banque affiche {amount} en attente. La commande est passée ou pas ?
n:transfer Est-ce qu'on peut payer par virement ?
n 3 tentatives de paiement, 3 erreurs
c je dois payer aujourd'hui sinon ma précommande est annulée et votre site plante
n:klarna Le paiement en 3 fois ne marche pas, c'est normal ?
n le site bug au moment du paiement sur mobile
h:pending Le paiement a échoué, j'ai recommencé, échec encore, et les deux montants apparaissent sur mon compte
""", """
n J'essaie d'acheter {le_p}.
n Ma banque dit qu'il n'y a aucun blocage de leur côté.
n J'ai essayé sur l'ordi et sur le téléphone.
c Le prix promo n'est valable qu'aujourd'hui.
""")

INTENTS["charged_twice"] = I("""
h I've been charged twice for order {oid}
h Two payments of {amount} on my statement for one order
h You took the money twice! {amount} x2. Please refund the duplicate
h My bank shows a double charge from {shop} {date}
h I got debited twice but the order only appears once in my account
h Charged twice for the same order. I want the duplicate refunded and the whole thing cancelled
h The payment failed the first time so I retried and now I've paid twice
h DOUBLE CHARGED. Fix it.
h Hello, I think there's a mistake, I see {amount} two times on my card for {oid}
n:preauth Quick one: I see two identical pending payments, is one of them just a pre-authorisation?
h PayPal shows two payments to {shop} for the same basket, {amount} each
h I was charged for the {p} twice, once on the 1st and again {date}
""", """
n Order {oid}.
n I've attached a screenshot of my bank statement.
h That money was for my rent.
n It's on my {card} ending {last4}.
""", """
h J'ai été débité deux fois pour la commande {oid}
h Deux prélèvements de {amount} sur mon relevé pour une seule commande
h Vous m'avez prélevé 2 fois !! Merci de rembourser le doublon
h Double débit sur mon compte de la part de {shop} {date}
h J'ai payé deux fois, le paiement avait planté alors j'ai recommencé
h Débitée deux fois et en plus je veux annuler la commande
n:preauth Je vois deux paiements en attente identiques, c'est juste une pré-autorisation ?
h {amount} prélevés deux fois, c'est quoi ce bazar
h PayPal m'affiche deux paiements à {shop} pour le même panier
""", """
n Commande {oid}.
n Je vous joins une capture de mon relevé.
h C'était l'argent de mon loyer.
n C'est sur ma {card} qui finit par {last4}.
""")

INTENTS["invoice_request"] = I("""
n Can I get an invoice for order {oid}?
n:company I need a VAT invoice with my company name on it
n Could you send me a receipt for {oid}? I can't find it in my account
l No rush, but could you email me the invoice for my last order?
n:fix The invoice has the wrong address on it, can you reissue it?
n:where Where can I download my invoices?
n:company I need an invoice for my expenses, company name [Harper & Lowe Ltd|Bright Studio|Kettle Design]
n invoice pls {oid}
n:company Can you add our VAT number to the invoice? It's [GB 123 4567 89|IE 6388047V|BE 0412.345.678]
l Hi, whenever you get a chance, I'd need a proper invoice for the {p}
n:fix The invoice shows the full price but I used a discount code, can you correct it?
n I need a receipt for warranty purposes for the {ep}
""", """
n It's order {oid}.
n The billing address is {address}.
n Please send it to {email}.
""", """
n Pouvez-vous m'envoyer la facture de la commande {oid} ?
n:company J'ai besoin d'une facture au nom de ma société
n Je ne trouve pas la facture dans mon espace client
l Quand vous aurez le temps, pourriez-vous m'envoyer ma facture ?
n:fix L'adresse sur la facture est fausse, vous pouvez la refaire ?
n:where Où télécharger mes factures ?
n facture cmd {oid} [svp|stp|merci]
n:company Il me faudrait une facture avec le numéro de TVA intracommunautaire de l'entreprise
n Pour ma note de frais j'ai besoin d'une facture détaillée
n J'ai besoin de la facture pour la garantie {du_ep}
""", """
n Commande {oid}.
n Adresse de facturation : {address}
n Merci de l'envoyer à {email}
""")

INTENTS["promo_code"] = I("""
n The code {code} isn't working at checkout
n:expired My promo code says 'expired' but the email says it's valid until [Sunday|the 31st|the end of the month]
n:forgot I forgot to add my discount code {code} to my order, can you apply it afterwards?
l:any Do you have any discount codes at the moment?
n:newsletter The newsletter welcome code never arrived
n:sale Code {code} doesn't apply to sale items?
n I used {code} but I wasn't given the discount
l:student Do you do a student discount?
n:combine Can I combine two codes?
n Influencer code {code} not accepted, says invalid
n:forgot Bought the {p} yesterday and today there's 20% off. Can you refund the difference?
n:expired got the birthday code by email but it says already used?? I haven't used it
""", """
n The basket total is over the minimum.
n I'm trying to buy the {p}.
n It's order {oid}.
""", """
n Le code {code} ne fonctionne pas au paiement
n:expired Mon code promo indique "expiré" alors que le mail dit valable jusqu'à [dimanche|la fin du mois|le 31]
n:forgot J'ai oublié de mettre le code {code}, vous pouvez l'appliquer après coup ?
l:any Vous avez des codes promo en ce moment ?
n:newsletter Je n'ai jamais reçu le code de bienvenue de la newsletter
n:sale le code {code} marche pas sur les articles soldés ?
n J'ai utilisé {code} mais la réduction n'a pas été appliquée
l:student Il y a une réduction étudiante ?
n:combine On peut cumuler deux codes ?
n Le code de parrainage ne passe pas, il est marqué invalide
n:forgot J'ai acheté {le_p} hier et aujourd'hui il est à -20%, vous pouvez me rembourser la différence ?
""", """
n Mon panier dépasse le minimum.
n C'est pour {le_p}.
n Commande {oid}.
""")
