"""Behavioural tests of the model trained on the sample inbox, in customers' words (en and fr).

- minimum functionality: a clear request of each intent is recognised;
- invariance: typos, casing, emojis, "please"/"svp" and an order number do not change the intent;
- directional: adding "someone used my card without permission" makes a message more urgent.
They pin what the model does for customers, not how it does it.
"""

from __future__ import annotations

import pytest

from triage.config import URGENCY_LEVELS

CLEAR = {
    "order_status": ("Where is my order? I ordered a jumper last week and have no news.",
                     "Où en est ma commande ? Je n'ai aucune nouvelle depuis ma commande."),
    "delivery_delay": ("My parcel was supposed to arrive three days ago and it still isn't here.",
                       "Mon colis devait arriver il y a trois jours et il n'est toujours pas là."),
    "cancel_order": ("I changed my mind, please cancel my order before it ships.",
                     "J'ai changé d'avis, pouvez-vous annuler ma commande ?"),
    "change_address": ("I'm moving, can you send my order to my new address instead?",
                       "Je déménage, pouvez-vous livrer ma commande à ma nouvelle adresse ?"),
    "return_request": ("How do I return the shoes? They don't fit.",
                       "Comment faire pour retourner les chaussures ? Elles ne me vont pas."),
    "exchange_item": ("Can I exchange the dress for a smaller size?",
                      "Est-ce que je peux échanger la robe contre une taille en dessous ?"),
    "refund_status": ("I sent the return two weeks ago, when will I get my refund?",
                      "J'ai renvoyé le colis il y a deux semaines, quand serai-je remboursé ?"),
    "damaged_item": ("The lamp arrived broken, the glass is cracked.",
                     "La lampe est arrivée cassée, le verre est fendu."),
    "wrong_item": ("I received the wrong item, this is not what I ordered.",
                   "J'ai reçu le mauvais article, ce n'est pas ce que j'ai commandé."),
    "payment_failed": ("My card payment keeps failing at checkout.",
                       "Mon paiement par carte est refusé à chaque fois sur votre site."),
    "charged_twice": ("I've been charged twice for the same order.",
                      "J'ai été débité deux fois pour la même commande."),
    "invoice_request": ("Could you send me the invoice for my order?",
                        "Pouvez-vous m'envoyer la facture de ma commande ?"),
    "promo_code": ("My discount code doesn't work at checkout.",
                   "Mon code promo ne fonctionne pas."),
    "product_question": ("Is this jacket waterproof? What is it made of?",
                         "Est-ce que cette veste est imperméable ? En quelle matière est-elle ?"),
    "stock_availability": ("Will the black sneakers in size 42 be back in stock?",
                           "Les baskets noires en 42 vont-elles revenir en stock ?"),
    "shipping_info": ("How much is delivery to Ireland and how long does it take?",
                      "Combien coûte la livraison en Belgique et quels sont les délais ?"),
    "account_access": ("I can't log in to my account, the password reset doesn't work.",
                       "Je n'arrive pas à me connecter à mon compte, je suis bloqué."),
    "gdpr_deletion": ("Please delete my account and all my personal data.",
                      "Je veux que vous supprimiez mon compte et toutes mes données personnelles."),
    "complaint": ("I'm very disappointed with your service, nobody ever called me back.",
                  "Je suis très déçue de votre service, personne ne m'a jamais rappelée."),
    "legal_threat": ("If I don't get my money back I will take you to court.",
                     "Si je ne suis pas remboursé je porte plainte et je vais au tribunal."),
    "fraud": ("There is an order on my account that I never placed, someone is using it.",
              "Une commande que je n'ai jamais passée a été payée avec ma carte."),
    "human_agent": ("I want to speak to a real person, not a bot.",
                    "Je veux parler à un conseiller humain, pas à un robot."),
    "thanks": ("Thank you so much for your help, all sorted!",
               "Merci beaucoup pour votre aide, tout est réglé !"),
}

CASES = [pytest.param(intent, text, id=f"{intent}-{lang}")
         for intent, texts in CLEAR.items() for lang, text in zip(("en", "fr"), texts, strict=True)]


@pytest.mark.slow
@pytest.mark.parametrize(("intent", "text"), CASES)
def test_a_clear_request_of_each_intent_is_recognised(triage_model, intent: str,
                                                      text: str) -> None:
    assert triage_model.score([text])[0].intent == intent


def _typo(text: str) -> str:
    """Swap two letters inside the longest word, as a hurried thumb does."""
    words = text.split()
    i = max(range(len(words)), key=lambda j: len(words[j]))
    w = words[i]
    words[i] = w[:2] + w[3] + w[2] + w[4:]
    return " ".join(words)


PERTURBATIONS = {
    "typo": _typo,
    "upper case": str.upper,
    "lower case": str.lower,
    "emoji": lambda t: f"{t} 🙏😊",
    "please": lambda t: f"Please, {t[0].lower()}{t[1:]}",
    "svp": lambda t: f"{t} svp",
    "order number": lambda t: f"{t} Order 48213977.",
}
INVARIANT = ["order_status", "cancel_order", "return_request", "refund_status", "damaged_item",
             "charged_twice", "invoice_request", "account_access", "human_agent", "fraud"]
INVARIANCE_CASES = [pytest.param(CLEAR[intent][k], change, id=f"{intent}-{lang}-{change}")
                    for intent in INVARIANT for k, lang in enumerate(("en", "fr"))
                    for change in PERTURBATIONS]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "change"), INVARIANCE_CASES)
def test_noise_customers_add_does_not_change_the_intent(triage_model, text: str,
                                                        change: str) -> None:
    before, after = triage_model.score([text, PERTURBATIONS[change](text)])
    assert after.intent == before.intent


ALARM = {"en": "Someone used my card without permission.",
         "fr": "Quelqu'un a utilisé ma carte sans mon autorisation."}
# Known gap, kept visible: in French, the alarm sentence appended to a calm question is drowned
# by the question (the encoder is English-only and no French sample phrases card misuse this
# way), although on its own it is scored critical. Taking the most urgent sentence instead fixed
# these but lowered urgency macro-F1 on the sample's test split from 0.90 to 0.85 (measured).
# Which French cases fail depends on the sample's random draw: before the sample gained its
# unauthorised-card-payment phrasings, fr-invoice and fr-product failed; after, fr-invoice and
# fr-shipping. All three stay marked (not strict), so -ra reports each pass or failure.
FRENCH_GAP = pytest.mark.xfail(reason="French alarm sentence diluted by the rest of the message",
                               strict=False)
CALM = [pytest.param("en", "Could you send me the invoice for my order?", id="en-invoice"),
        pytest.param("en", "Do you have the linen shirt in size M?", id="en-product"),
        pytest.param("en", "How much is delivery to Ireland?", id="en-shipping"),
        pytest.param("fr", "Pouvez-vous m'envoyer la facture de ma commande ?", id="fr-invoice",
                     marks=FRENCH_GAP),
        pytest.param("fr", "Avez-vous la chemise en lin en taille M ?", id="fr-product",
                     marks=FRENCH_GAP),
        pytest.param("fr", "Combien coûte la livraison en Belgique ?", id="fr-shipping",
                     marks=FRENCH_GAP)]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), CALM)
def test_saying_a_card_was_used_without_permission_raises_urgency(triage_model, lang: str,
                                                                  text: str) -> None:
    calm, alarmed = triage_model.score([text, f"{text} {ALARM[lang]}"])
    assert URGENCY_LEVELS.index(alarmed.urgency) > URGENCY_LEVELS.index(calm.urgency)
