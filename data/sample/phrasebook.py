"""Hand-written text for make_sample.py: what customers write, what agents answer.

Phrase bank format (one template per line; see make_sample.py for the slots):
    "n text"          urgency letter (l low, n normal, h high, c critical), then the text
    "n:topic text"    the same with a topic, which picks a matching agent answer
    [a|b|c]           one of the alternatives (an empty one is allowed: [very |])
    {slot}            a filler: {oid} order number, {p} any product, {cp} clothes or shoes,
                      {sp} shoes, {hp} home goods, {fp} fragile, {kp} tableware, {ep} electrical, {p2} another
                      product; {the_p}, {a_p} (English) and {le_p}, {un_p}, {mon_p}, {du_p}
                      (French) add the article; {is}, {it}, {e}, {est}... and {singular/plural}
                      agree with the last product; {date}, {since}, {day}, {event}, {amount},
                      {size}, {color}, {carrier}, {code}, {address}, {email}, {phone}, {name}...
In agent answers the first field is "*" (any urgency), "l/n/h/c" (that urgency only), "?" (the
customer gave no order number) or "*:topic"; their slots ({order_ref}, {the_prod}, {eta},
{ae} for the agent's gender in French...) are filled from the customer's message.
"""
from __future__ import annotations


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
n It's said 'processing' since {since}. Is that normal? It was paid straight away
n hey just checking on my order, the {p}. any idea when it ships
h I need to know where my order {oid} is, it's for {event} on {day}
h Will the {p} arrive before {day}? It's for {event} and I'm getting [nervous|a bit worried|stressed]
n Is there a way to see where my parcel is? I never got a tracking number
l No rush at all, just curious whether {oid} has left the warehouse yet
n Hello, I have passed a command {oid} and I have no news since {since}, can you help me?
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
n ma commande {oid} est toujours [en préparation|"en cours de traitement"] depuis {since}, c'est normal ?
n Est-ce que ma commande a été expédiée ? J'ai commandé {un_p} {date}
n le suivi ne bouge plus depuis [3|4|5] jours, commande {oid}
n Quand est-ce que je vais recevoir {mon_p} ? [Commande|N° de commande|Réf] {oid}
n suivi commande {oid} [svp|stp|merci]
n J'ai bien reçu le mail de confirmation mais rien depuis. Elle part quand ?
n Le lien de suivi [ne marche pas|affiche une erreur|indique juste "étiquette créée"], vous pouvez regarder pour la commande {oid} ?
n Vous pouvez me donner des nouvelles de ma commande ? ça fait [une semaine|10 jours|un moment] que j'attends
h j'ai besoin de savoir où en est ma commande {oid}, c'est pour {event} {day}
h Est-ce que {le_p} {arrivera/arriveront} avant {day} ? C'est pour {event}, je commence à stresser
n Je voulais savoir si ma commande était partie, je n'ai pas de numéro de suivi
l Pas urgent, mais est-ce que ma commande {oid} a été expédiée ?
n Bonjour, je me permets de vous relancer concernant ma commande {oid} pour laquelle je n'ai aucune information de suivi.
n Hello, je check le tracking de ma cmd {oid} et y'a rien qui bouge, vous pouvez voir ?
n Je suis à la maison que le matin, vous savez quand ma commande {oid} sera livrée ?
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
h The {p} {was} meant to arrive before {event} on {day} and {it} didn't. Really disappointed
n:missing the courier says he tried to deliver but I was home all day??
n:depot parcel stuck at the {carrier} depot since {since}
n Your website said 2-4 working days. It's been [8|9|10|12] days
n still waiting for my order. it's late
n My order should have been delivered [today|this morning|by now] but the tracking hasn't updated since {since}
h I've been waiting over a month. Either send it or refund me
n:depot Is my parcel lost? {carrier} tracking shows nothing since {since}
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
h {le_p} {devait/devaient} arriver avant {event} {day}, ce n'est pas le cas. Très déçue
n:missing le livreur dit qu'il est passé mais j'étais chez moi toute la journée...
n:depot Mon colis est bloqué au dépôt {carrier} depuis {since}
n Sur le site c'était marqué 2 à 4 jours ouvrés, ça fait [8|9|10|12] jours
n toujours pas reçu ma commande
h Ça fait plus d'un mois. Soit vous envoyez le colis, soit vous me remboursez
n:depot Mon colis est perdu ? Plus aucune info sur le suivi {carrier} depuis {since}
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
n:neighbour jsuis pas dispo {day}, le livreur peut laisser le colis chez la gardienne ?
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
n The {cp} {doesnt} fit, I want to send {them} back
n:label Can I get a return label for {oid}?
n I want to return part of my order (the {p}) for a refund
n:policy What's your return policy? I bought the {p} [two weeks|3 weeks|10 days] ago
n the {cp} {is} nothing like the photos, returning {them}
n:free Do I have to pay for the return shipping?
n:late I'm a couple of days past the 30 days, can I still return the {p}?
n:store Can I return it to a shop or is it post only?
n:label I printed the return label but the {carrier} drop-off won't accept it
n return request for {oid}, didn't like the colour
n:gift Is it possible to return a gift? It came from your shop but I don't have the order number
n The {p} {is} not what I expected quality-wise. How do I send {them} back?
n Hi, I want to give back the {p}, {its} not for me
""", """
n I ordered {date}.
n Never worn, tags still on.
n I'd like a refund rather than store credit.
n I still have the original packaging.
""", """
n Je voudrais retourner {le_p}, comment faire ?
n Comment faire un retour ? Commande {oid}
n {le_cp} ne me {va/vont} pas, je veux {le} renvoyer
n:label Vous pouvez m'envoyer une étiquette retour pour la commande {oid} ?
n Je souhaite retourner une partie de ma commande ({le_p}) pour être remboursée
n:policy Quel est le délai pour les retours ? J'ai acheté {le_p} il y a [15 jours|3 semaines|10 jours]
n {le_cp} ne {ressemble/ressemblent} pas du tout aux photos, je {le} renvoie
n:free Le retour est gratuit ou c'est à ma charge ?
n:late J'ai dépassé les 30 jours de deux jours, je peux quand même retourner {le_p} ?
n:store retour possible en magasin ou seulement par la poste ?
n:label J'ai imprimé l'étiquette mais le point relais la refuse
n demande de retour cmd {oid}, la couleur ne me plaît pas
n:gift On m'a offert {un_p} qui {vient/viennent} de chez vous, je peux {le} retourner sans le numéro de commande ?
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
h I need to swap the {cp} for a size {size} before {event} on {day}, is that possible in time?
n:colour can i change my {cp} for a different colour
n I'd like to exchange the {p} for a different model, happy to pay the difference
n The {cp} in {size} {is} sold out online, can I exchange mine for a size {size2} instead?
n Swapping the {cp} for a size {size} please. Order {oid}
n My {cp} {is} fine but my husband needs {them} in {size}, can we exchange?
n The {cp} came up small. Does an exchange for a size {size} cost anything?
""", """
n Order {oid}.
n Bought {date}.
n I usually take {size2} in other brands.
n Unworn, still in the bag.
h It's a gift so I'd really like the right size quickly.
""", """
n Je peux échanger {le_cp} contre une taille {size} ?
n {le_cp} {est} trop petit{e}, je voudrais la taille au-dessus
n:colour C'est possible d'échanger {le_cp} contre le même modèle en {color} ?
n échange [svp|stp], j'ai pris du {size} il me faut du {size2}
n {le_cp} {taille/taillent} grand, je voudrais une taille en dessous plutôt qu'un remboursement
n:how Vous faites les échanges ou il faut retourner et recommander ?
n Je suis entre deux tailles finalement, je peux échanger {le_cp} contre du {size} ?
h Il me faut {le_cp} en {size} avant {event} {day}, un échange est possible à temps ?
n:colour je peux changer la couleur de {mon_cp} ?
n J'aimerais échanger {le_p} contre un autre modèle, je paie la différence
n {le_cp} en {size} {n'est/ne sont} plus dispo sur le site, je peux échanger contre du {size2} ?
n Bonjour, pour la commande {oid} je voudrais échanger {le_cp}, taille {size} au lieu de {size2}
n L'échange est gratuit ? {le_cp} {taille/taillent} petit
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
h Je suis à découvert à cause de vous, il me faut ce remboursement de {amount} rapidement
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
h The {fp} arrived broken
h The {fp} was smashed when I opened the box. Order {oid}
h The {cp} {has} [a hole in {them}|a tear along the seam|a big pull in the fabric], and {its} brand new
h Box was crushed and the {fp} inside {is} [scratched|chipped|damaged]
c:safety The {ep} started smoking while charging. I unplugged {them} but the cable has melted
c:safety Your {ep} overheated and burned my [daughter's|son's] hand. What are you going to do about it?
c:safety The {ep} sparked when I plugged {them} in. {Is it/Are they} even safe?? My kids use this room
h:faulty The {ep} stopped working after [2|3|4] days
h The {cp} came with a stain on the front, looks like {it's/they've} been worn
h The zip on the {cp} broke the first time I used {them}
h Half the plates in the dinner set are chipped. Lovely gift...
h Arrived damaged, I've got photos. What now?
h:faulty The {ep} {doesnt} charge at all, dead on arrival
c:safety The {ep} got so hot {it} left a burn mark on my desk. I'm scared it could catch fire
h the sole came off my {sp} after [one wear|two days|a week]
c:safety my {ep} swelled up and the case split open, it smells of burning
h The {fp} was cracked inside the packaging, there are shards everywhere
n:minor Tiny chip on the {fp}, nothing major. Could you do a small discount instead of me sending {them} back?
n:minor There's a small scratch on the {fp}. I'd rather keep {them} than go through a return, is a partial refund possible?
""", """
n I've attached photos of the damage.
n Order number {oid}.
n The outer box looked fine.
h I'd like a replacement as soon as possible.
h It was a gift, so this is really embarrassing.
""", """
h {le_fp} {est} arrivé{e} cassé{e}
h {le_fp} était en morceaux à l'ouverture du colis. Commande {oid}
h {le_cp} {a/ont} [un trou|une couture décousue|un accroc], alors que c'est neuf
h Carton écrasé et {le_p} à l'intérieur {est} abîmé{e}
c:safety {le_ep} {a/ont} commencé à fumer pendant la charge, le câble a fondu
c:safety {le_ep} {a/ont} surchauffé et mon [fils|petit garçon|bébé] s'est brûlé la main. Qu'est-ce que vous comptez faire ?
c:safety {le_ep} {a/ont} fait des étincelles quand je {l}ai branché{e}. C'est dangereux ?? Mes enfants jouent dans cette pièce
h:faulty {le_ep} ne {marche/marchent} plus au bout de [2|3|4] jours
h {le_cp} {est} arrivé{e} avec une tache, on dirait qu'{il} {a/ont} déjà été porté{e}
h La fermeture éclair de {mon_cp} a lâché dès la première utilisation
h La moitié des assiettes du service sont ébréchées, super cadeau...
h Colis arrivé abîmé, j'ai des photos. On fait comment ?
h:faulty {le_ep} ne {charge/chargent} pas du tout, HS dès la sortie du carton
c:safety {le_ep} {est} devenu{e} brûlant{e}, {il} {a/ont} laissé une marque sur mon bureau. J'ai peur que ça prenne feu
h la semelle de {mon_sp} s'est décollée après [une journée|deux sorties|une semaine]
n:minor Petit éclat sur {le_fp}, rien de grave. Un geste commercial plutôt qu'un retour, c'est possible ?
n:minor Il y a une petite rayure sur {le_fp}, je préfère {le} garder plutôt que de faire un retour, un remboursement partiel est possible ?
c:safety {le_ep} {a/ont} gonflé et le boîtier s'est fendu, ça sent le brûlé
""", """
n Je vous joins les photos.
n Numéro de commande {oid}.
n Le carton avait l'air intact.
h Je voudrais un remplacement au plus vite.
""")

INTENTS["wrong_item"] = I("""
h I ordered the {p} and received {a_p2} instead
h Wrong item in my parcel. Order {oid}
h:size You sent me a size {size2} instead of {size}
h:colour I got the {cp} in {color} but I ordered {color2}
h This isn't my order at all, the packing slip has someone else's name on it
h I found {a_p2} in the box, I never ordered that
h Only half my order arrived and one of the items isn't even mine
h I received the wrong {cp}, I need the right {one} before {event} on {day}!!
h:colour order {oid}: wrong product. I ordered {color}, got something else entirely
h I got the men's {cp} instead of the women's
h:size Ordered the {sp} in {size}, the box says {size} but the shoes inside are a {size2}
h The label on the bag says {p} but what's inside is {a_p2}
n:colour Not a big deal but I got the {cp} in {color} instead of {color2}. Can I swap {them} when convenient?
n Small mix-up with {oid}: one of the items is the wrong [colour|size]. No rush, just let me know how to send it back
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
h:size La boîte indique {size} mais à l'intérieur {le_sp} {est} en {size2}
h L'étiquette du sachet dit {p} mais dedans c'est {un_p2}
n:colour Pas très grave mais j'ai reçu {le_cp} en {color} au lieu du {color2}, on peut échanger quand vous voulez ?
n Petite erreur sur la commande {oid}, un des articles n'est pas [dans la bonne taille|dans la bonne couleur]. Pas urgent, comment je vous le renvoie ?
""", """
n Numéro de commande {oid}.
n J'ai tout gardé dans l'emballage d'origine.
h Il me faut le bon article rapidement.
n Vous m'envoyez une étiquette pour renvoyer le mauvais ?
""")

INTENTS["payment_failed"] = I("""
n:declined My card keeps getting declined at checkout but it works everywhere else
n I can't pay with PayPal, it just loops back to the basket
n:site Error at checkout: 'payment could not be processed'. Tried [2|3|4] different cards
n:site Apple Pay isn't working on your site [at all|since this morning|on my iPhone]
c Your checkout won't take my card and the sale ends [tonight|in an hour|at midnight]. I need to order NOW
n:3ds The 3D Secure code never arrives so I can't finish the payment
n:declined Is there another way to pay? My {card} keeps being refused
h:pending Payment declined but my bank says {amount} is pending. Did the order go through or not?
n:transfer Can I pay by bank transfer?
n:site I tried to pay three times and got an error each time
c I have to pay today or my pre-order for the {p} is cancelled and your site keeps failing
n:site checkout freezes at the payment step on mobile
n:klarna Klarna declined me but I've used it with you before, any idea why?
h:pending Payment failed, I ordered again and it failed again, but both amounts are showing on my account
n:declined Your payment page says 'card not supported'. I'm using my {card}
""", """
n I'm trying to buy the {p}.
n My bank says there's no block on their side.
n I've tried on my laptop and my phone.
c The promo price is only valid today.
""", """
n:declined Ma carte est refusée au moment de payer alors qu'elle marche partout ailleurs
n Impossible de payer avec PayPal, ça me renvoie au panier
n:declined Erreur au paiement : "transaction refusée". J'ai essayé [2|3|4] cartes
n:site Apple Pay ne fonctionne pas sur votre site [du tout|depuis ce matin|sur mon iPhone]
c Le paiement ne passe pas et les soldes se terminent [ce soir|dans une heure|à minuit], je dois commander MAINTENANT
n:3ds Je ne reçois jamais le code 3D Secure donc je ne peux pas valider le paiement
n:declined Il y a un autre moyen de payer ? Ma {card} est refusée
h:pending Paiement refusé mais ma banque affiche {amount} en attente. La commande est passée ou pas ?
n:transfer Est-ce qu'on peut payer par virement ?
n:site 3 tentatives de paiement, 3 erreurs
c je dois payer aujourd'hui sinon ma précommande est annulée et votre site plante
n:klarna Le paiement en 3 fois ne marche pas, c'est normal ?
n:site le site bug au moment du paiement sur mobile
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
n:expired Mon code promo indique "expiré" alors que le mail dit valable [jusqu'à dimanche|jusqu'à la fin du mois|jusqu'au 31]
n:forgot J'ai oublié de mettre le code {code}, vous pouvez l'appliquer après coup ?
l:any Vous avez des codes promo en ce moment ?
n:newsletter Je n'ai jamais reçu le code de bienvenue de la newsletter
n:sale le code {code} marche pas sur les articles soldés ?
n J'ai utilisé {code} mais la réduction n'a pas été appliquée
l:student Il y a une réduction étudiante ?
n:combine On peut cumuler deux codes ?
n Le code de parrainage ne passe pas, il est marqué invalide
n:forgot J'ai acheté {le_p} hier et aujourd'hui {il} {est} à -20%, vous pouvez me rembourser la différence ?
""", """
n Mon panier dépasse le minimum.
n C'est pour {le_p}.
n Commande {oid}.
""")

INTENTS["product_question"] = I("""
l:fit {Is/Are} the {cp} true to size? I'm usually a size {size}
l:material What material {is} the {cp} made of?
l:dishwasher {Is/Are} the {kp} dishwasher safe?
l:compat {Does/Do} the {ep} work with an [iPhone 15|iPhone 13|Samsung Galaxy S23|Pixel 8]?
l:wash Can the {cp} go in the washing machine?
l:cable How long is the cable on the {ep}?
l:fit Are the {sp} wide fitting? I have quite wide feet
l:warranty What's the warranty on the {ep}?
l:material Are the {sp} real leather or synthetic?
n:compat {Is/Are} the {ep} compatible with fast charging? I'd like to order today
l:dims Can you tell me the dimensions of the {hp}?
l:wash {Does/Do} the {cp} shrink in the wash?
l:colour Is the {color} more of a dark or light shade? Hard to tell from the photos
l:fit How long {is} the {cp}? I'm 1m62 and don't want {them} dragging
l:material is the {tp} 100% cotton or a blend?
l:laptop will the {ep} charge my laptop too or just phones?
l:model the model in the photo, what size is she wearing?
n:safety Is it normal for the {ep} to get warm while charging? Just want to be sure before I leave {them} plugged in overnight
""", """
n Thinking of ordering it for my [partner|mum|brother].
n Hoping to order before the weekend.
n Thanks in advance!
""", """
l:fit {le_cp} {taille/taillent} normalement ? Je fais du {size} d'habitude
l:material {le_cp} {est} en quelle matière ?
l:dishwasher {le_kp} {passe/passent} au lave-vaisselle ?
l:compat {le_ep} {est} compatible{/s} avec [l'iPhone 15|un iPhone 13|le Samsung S23|un Pixel 8] ?
l:wash On peut laver {le_cp} en machine ?
l:fit Est-ce que {le_sp} chaussent grand ?
l:warranty Quelle est la garantie sur {le_ep} ?
l:material {le_sp} c'est du vrai cuir ou du synthétique ?
l:dims Les dimensions exactes {du_hp} svp ?
l:wash Est-ce que {le_cp} {rétrécit/rétrécissent} au lavage ?
l:colour Le {color}, il est plutôt clair ou foncé ? Sur les photos c'est difficile à dire
l:model Elle fait quelle taille la mannequin sur la photo ?
l:material {le_tp} c'est 100% coton ?
n:safety C'est normal que {le_ep} {chauffe/chauffent} pendant la charge ? Je préfère demander avant de {le} laisser branché{e} la nuit
l:laptop {le_ep} {peut/peuvent} charger un ordi portable ou seulement un téléphone ?
""", """
n C'est pour offrir.
n J'aimerais commander avant le week-end.
n Merci d'avance pour votre réponse !
""")

INTENTS["stock_availability"] = I("""
l:restock When will the {cp} be back in stock in {size}?
l:colour {Is/Are} the {p} available in {color}?
l:restock Will you restock the {p}? It's been sold out for weeks
l:restock Do you have the {cp} in {size}? It says out of stock online
l:preorder Can I pre-order the {p}?
l:restock Any chance the {p} {comes/come} back before Christmas?
l:notify Can you let me know when the {cp} {is} available in {size} again?
n:lastone The site says 'only 1 left'. If I order now is it definitely in stock?
l:discontinued {Is/Are} the {p} discontinued?
l:store Do you have the {p} in your Lille showroom or {is it/are they} online only?
l:restock {cp} in {color}, size {size}, any coming back??
n:lastone I need 24 of the stoneware mugs for a café, do you have that many in stock?
""", """
n I've signed up for the email alert but nothing yet.
n I missed it last time.
""", """
l:restock Quand {le_cp} {sera/seront} de nouveau disponible{/s} en {size} ?
l:colour {le_p} {existe/existent} en {color} ?
l:restock Vous allez réapprovisionner {le_p} ? Ça fait des semaines que c'est en rupture
l:restock Vous avez {le_cp} en {size} ? Le site dit rupture
l:preorder On peut précommander {le_p} ?
l:restock Est-ce que {le_p} {revient/reviennent} avant Noël ?
l:notify Pouvez-vous me prévenir quand {le_cp} {sera/seront} dispo en {size} ?
n:lastone Il est marqué "plus qu'un exemplaire", si je commande maintenant je suis sûre de l'avoir ?
l:discontinued {le_p} {n'est/ne sont} plus fabriqué{e} ?
l:store Vous avez {le_p} au showroom de Lille ou c'est seulement en ligne ?
""", """
n Je me suis inscrite à l'alerte mail mais rien.
n Je l'avais raté la dernière fois.
""")

INTENTS["shipping_info"] = I("""
l:countries Do you ship to [Switzerland|Norway|the Channel Islands|Canada|Northern Ireland]?
l:cost How much is delivery?
l:free What's the minimum for free shipping?
l:time How long does delivery take to {city}?
l:saturday Do you deliver on Saturdays?
l:carrier Which courier do you use?
n:byday If I order today, will it arrive by {day}?
l:relay Can I pick up my order at a parcel shop instead of home delivery?
l:customs Will I have to pay customs duties if I order from the UK?
l:express Do you offer express or next day delivery?
l:time how many days for delivery to Ireland roughly
l:intl Do you ship internationally? I'm in [the US|Australia|Dubai]
""", """
n I'm thinking of ordering the {p}.
n It would be a gift.
""", """
l:countries Vous livrez en [Suisse|Martinique|Corse|Guadeloupe|à La Réunion] ?
l:cost Combien coûte la livraison ?
l:free La livraison est offerte à partir de combien ?
l:time Quel délai de livraison pour {city} ?
l:saturday Vous livrez le samedi ?
l:carrier Vous passez par quel transporteur ?
n:byday Si je commande aujourd'hui, je suis livrée avant {day} ?
l:relay On peut se faire livrer en point relais ?
l:customs Il y a des frais de douane pour la Suisse ?
l:express Vous proposez la livraison express ?
l:intl Vous livrez au Canada ? Je suis à Montréal
""", """
n Je compte commander {le_p}.
n C'est pour un cadeau.
""")

INTENTS["account_access"] = I("""
n:login I can't log in to my account
n:reset The password reset email never arrives
n:locked My account is locked after too many attempts
n:email I don't have access to my old email any more, how do I get into my account?
c:now I can't log into my account and today is the last day to return my order, I need the return label NOW
c:now Locked out of my account and the gift card in it expires tonight. Please help urgently
n:unknown It says 'email not recognised' but I've ordered with it before
n:login The login page just reloads every time
n:merge Can I merge my two accounts?
n:google I signed up with Google and now it asks for a password
n:code The verification code never arrives by SMS
c:now I must pay the balance of my pre-order today but I can't log in, the page says 'account suspended'
n:reset Forgot my password and the link says 'expired' every time I click it
""", """
n My email is {email}.
n I've tried on Chrome and Safari.
n I've tried resetting it [twice|three times].
""", """
n:login Je n'arrive pas à me connecter à mon compte
n:reset Le mail de réinitialisation du mot de passe n'arrive jamais
n:locked Mon compte est bloqué après trop de tentatives
n:login Je suis bloquée sur la page de connexion, ça tourne dans le vide
n:email Je n'ai plus accès à mon ancienne adresse mail, comment récupérer mon compte ?
c:now Impossible de me connecter et c'est le dernier jour pour retourner ma commande, il me faut l'étiquette MAINTENANT
c:now Compte bloqué et le bon d'achat dessus expire ce soir, aidez-moi svp c'est urgent
n:unknown Il me dit "adresse inconnue" alors que j'ai déjà commandé avec
n:login La page de connexion se recharge en boucle
n:merge Est-ce qu'on peut fusionner deux comptes ?
n:code Je ne reçois pas le code de vérification par SMS
c:now Je dois régler le solde de ma précommande aujourd'hui mais mon compte est "suspendu", je ne peux rien faire
n:reset mot de passe oublié et le lien est "expiré" à chaque fois
""", """
n Mon mail : {email}
n J'ai essayé sur Chrome et sur Safari.
n J'ai déjà fait [deux|trois] réinitialisations.
""")

INTENTS["gdpr_deletion"] = I("""
n:delete Please delete my account and all my personal data
n:delete I want to exercise my right to erasure under GDPR
n:unsub Remove me from your mailing list and delete my data
h:again I asked you to delete my data a month ago and I'm still getting your emails
n:access What personal data do you hold about me? I'd like a copy
n:delete Close my account please, I won't be ordering again
n:unsub Unsubscribe me from everything and delete my account
n:how How do I delete my account? I can't find the option anywhere
n:delete Please erase my details, including my saved card and address
h:again Third request to delete my account. Why am I still receiving texts from you?
n:access Under GDPR I'm requesting a copy of all the data you have on me, including call recordings
""", """
n The account email is {email}.
n Please confirm by email once it's done.
n I don't want any more marketing texts either.
""", """
n:delete Merci de supprimer mon compte et toutes mes données personnelles
n:delete Je souhaite exercer mon droit à l'effacement (RGPD)
n:unsub Désinscrivez-moi de la newsletter et effacez mes données
h:again J'ai demandé la suppression de mes données il y a un mois et je reçois toujours vos mails
n:access Quelles données avez-vous sur moi ? Je voudrais en avoir une copie
n:delete Fermez mon compte svp, je ne commanderai plus
n:how Comment supprimer mon compte ? Je ne trouve pas l'option
n:delete Supprimez mes infos, y compris ma carte enregistrée et mon adresse
h:again Troisième demande de suppression de compte, pourquoi je reçois encore vos SMS ?
n:access Conformément au RGPD je demande l'accès à l'ensemble de mes données personnelles
""", """
n L'adresse mail du compte : {email}
n Merci de me confirmer par mail quand c'est fait.
n Je ne veux plus de SMS non plus.
""")

INTENTS["complaint"] = I("""
h I've written [3|4|5] times and nobody answers. Unacceptable
n:quality The quality of the {cp} is really poor for the price
n:driver Your delivery driver threw my parcel over the fence
n:quality I'm disappointed with my order. The {p} {looks/look} cheap in real life
h Your chatbot is useless and I can't reach a human
n:packaging The packaging was excessive, so much plastic for just the {p}
n:driver I want to complain about the {carrier} driver, he was rude to my elderly mother
h Never ordering from you again. Everything that could go wrong with {oid} went wrong
n Not happy with how my return was handled
n:website Your website is so slow and confusing, it took me ages to place an order
h You promised me a callback {date} and nobody called
h Honestly the worst customer service I've dealt with in years
n:quality Washed the {cp} once, following the label, and {its} already pilling
n:website The photos on your site are misleading, the colours are completely different
h I was hung up on twice by your call centre today
""", """
n I've been a customer for years.
h I'll be leaving a review.
n I just wanted you to know.
h I expect a proper answer this time.
""", """
h J'ai écrit [3|4|5] fois et personne ne répond. Inadmissible
n:quality La qualité {du_cp} est vraiment médiocre pour le prix
n:driver Votre livreur a jeté mon colis par-dessus le portail
n:quality Déçue de ma commande, {le_p} {fait/font} vraiment bas de gamme en vrai
h Votre chatbot ne sert à rien et impossible de parler à un humain
n:packaging Beaucoup trop d'emballage plastique pour un seul article, c'est pas très écolo
n:driver Je veux me plaindre du livreur {carrier}, il a été désagréable avec ma mère
h Je ne commanderai plus jamais chez vous, tout est allé de travers avec la commande {oid}
n Pas contente de la façon dont mon retour a été géré
n:website Votre site est lent et pas pratique du tout, j'ai mis une éternité à commander
h On m'avait promis un rappel {date} et personne n'a appelé
h Franchement le pire service client que j'ai connu
h Je suis vraiment déçue, personne ne lit mes messages
n:quality Lavé{e} une fois en suivant l'étiquette et {le_cp} {bouloche/boulochent} déjà
h On m'a raccroché au nez deux fois aujourd'hui au service client
""", """
n Je suis cliente depuis des années.
h Je vais laisser un avis.
n Je tenais à vous le dire.
h J'attends une vraie réponse cette fois.
""")

INTENTS["legal_threat"] = I("""
c:refund If I don't get my refund within 7 days I'm taking you to the small claims court
c I will be contacting my solicitor about order {oid}
c I'm reporting you to [Trading Standards|the consumer protection agency|the CCPC]
c This is your last chance before I start legal proceedings
c:refund My lawyer says you're in breach of consumer law. Refund the {amount} or we go to court
c I'll report you to the [ICO|Data Protection Commission] for ignoring my data request
c:refund Refund my {amount} or I'll file a claim and a chargeback with my bank. I'm keeping every email as evidence
c Consider this a formal letter before action regarding order {oid}
c I've had enough. My solicitor will be in touch
c:injury This product injured my child. You will be hearing from our lawyer
c:refund You are legally obliged to refund me within 14 days. It's been [30|45|60]. See you in court
""", """
n Order {oid}.
n I've kept copies of all our exchanges.
n I've already contacted you [three|four] times.
""", """
c:refund Sans remboursement sous 8 jours je saisis le tribunal
c Je vais contacter mon avocat au sujet de la commande {oid}
c Je signale votre société à la DGCCRF
c:refund Ceci est une mise en demeure de me rembourser la somme de {amount}
c Je saisis le médiateur de la consommation si je n'ai pas de réponse sous 48h
c Je vais porter plainte, vous encaissez sans livrer
c Je vais saisir la CNIL puisque vous ignorez ma demande de suppression
c Dernier avertissement avant procédure judiciaire
c Mon avocat va vous contacter, j'en ai assez
c:injury Ce produit a blessé mon enfant, nous allons porter plainte
c:refund Vous avez l'obligation légale de me rembourser sous 14 jours, ça fait [30|45|60] jours. On se verra devant le juge
""", """
n Commande {oid}.
n J'ai gardé une copie de tous nos échanges.
n Je vous ai déjà relancé [trois|quatre] fois.
""")

INTENTS["fraud"] = I("""
c:unknown There's a charge of {amount} from {shop} on my card and I've never ordered from you
c:hacked Someone placed an order with my account, I didn't make it! {oid}
c:hacked My account has been hacked. The email and address were changed and there's an order I didn't make
c:unknown I received an order confirmation for {amount} that I didn't place. Cancel it NOW
h:phishing I got a text saying my {shop} parcel is held and I need to pay €1.99. Is it a scam?
h:fake Someone on Instagram is selling your stuff at 80% off, is that really you?
c:unknown Unknown transaction from your company on my {card}, my bank told me to contact you
c:giftcard My gift card balance is gone and I haven't used it
c:hacked Someone changed the delivery address on my order to an address I don't know
h:phishing Got an email from '{shop} support' asking for my card details to 'confirm' my order. Legit?
c:unknown [Three|Two] orders I never made, {amount} each, on my card. Block my account please
c:unknown My card was used on your website for purchases I did not authorise
c:unknown [Two|Four] payments to you on my {card} that I never made, who is using my card?
""", """
n My card ends in {last4}.
n I've already called my bank.
c I've cancelled my card.
""", """
c:unknown Il y a un prélèvement de {amount} de {shop} sur mon compte alors que je n'ai jamais commandé chez vous
c:hacked Quelqu'un a passé une commande avec mon compte, ce n'est pas moi ! {oid}
c:hacked Mon compte a été piraté, le mail et l'adresse ont été modifiés
c:unknown J'ai reçu une confirmation de commande de {amount} que je n'ai pas passée
h:phishing J'ai reçu un SMS qui dit que mon colis {shop} est bloqué et qu'il faut payer 1,99 €, c'est une arnaque ?
h:fake Un site qui s'appelle [Brindille Outlet|Brindille Soldes] vend vos articles à -70%, c'est vous ?
c:unknown Transaction inconnue de votre part sur ma {card}, ma banque m'a dit de vous contacter
c:unknown Ma carte a été utilisée sur votre site pour des achats que je n'ai pas autorisés
c:unknown [Deux|Quatre] paiements chez vous sur ma {card} que je n'ai jamais faits
c:giftcard Le solde de ma carte cadeau a disparu alors que je ne l'ai pas utilisée
c:hacked Quelqu'un a changé l'adresse de livraison de ma commande pour une adresse que je ne connais pas
""", """
n Ma carte se termine par {last4}.
n J'ai déjà appelé ma banque.
c J'ai fait opposition sur ma carte.
""")

INTENTS["human_agent"] = I("""
n Can I talk to a real person please
n human please
n agent
n I don't want the bot, I want to speak to someone
n:phone Is there a phone number I can call?
h Put me through to a human NOW, your bot keeps going round in circles
n:callback Can someone call me back? [My number is {phone}|{phone}]
n Is anyone actually reading these messages?
h I want to speak to a manager
n real person pls, it's about my order {oid}
n:phone What are your opening hours? I'd rather talk to someone on the phone
n talk to advisor
""", """
n It's about a return.
n It's complicated to explain by chat.
""", """
n Je voudrais parler à un conseiller
n conseiller [svp|stp|s'il vous plaît]
n un humain svp
n:phone Il y a un numéro de téléphone pour vous joindre ?
h Passez-moi un vrai conseiller, votre robot tourne en rond
n:callback Quelqu'un peut me rappeler ? Au {phone}
n Il y a quelqu'un ?
h Je souhaite parler à un responsable
n:phone Vous êtes joignables par téléphone à quelle heure ?
n je veux parler a une vraie personne
""", """
n C'est pour un retour.
n C'est compliqué à expliquer par écrit.
""")

INTENTS["thanks"] = I("""
l Thanks, that's sorted!
l Thank you so much for your help
l Got it, thanks
l:received Great, the {p} arrived today, thank you!
l Perfect thank you
l Brilliant service, thanks {agent}
l:refund The refund came through, thanks for sorting it
l ok thanks
l Cheers, all good now
l:exchange Just wanted to say the new {cp} {fits/fit} perfectly, thanks for the quick exchange
l Thanks for getting back to me so quickly
l amazing thank you!!
l Thank you, have a lovely weekend
l:received Parcel arrived safe and sound, thanks for chasing the courier
l That's really kind, thank you for the discount code
l Many thanks for your patience with me
l thank u 😊
l Lovely, that's all I needed
""", """
n You've been really helpful.
n I'll definitely order again.
""", """
l Merci beaucoup !
l Super, merci pour votre aide
l C'est reçu, merci
l Parfait merci
l:refund Remboursement bien reçu, merci
l Merci pour la réactivité
l ok merci bonne journée
l Top, merci !
l Merci {agent}, vous êtes au top
l:received Colis bien arrivé, merci pour le suivi
l:exchange {le_cp} en taille {size} me {va/vont} parfaitement, merci pour l'échange rapide
l Merci pour votre patience
l Je suis ravie, tout est arrivé, merci beaucoup !
l Génial merci infiniment
l c bon c'est réglé merci
""", """
n Je recommanderai sans hésiter.
n Très bon service client.
""")


# --------------------------------------------------------------------------------------------
# Greetings, sign-offs, escalation, abbreviations and emojis
# --------------------------------------------------------------------------------------------

OPENERS = {
    "en": {"email": ["Hello,", "Hi,", "Hi there,", "Dear Sir or Madam,", "Good morning,",
                     "Hello {shop} team,", "Dear customer service,", "Hi team,", "To whom it may concern,",
                     "Good afternoon,", "Hi all,", "Bonjour,"],
           "chat": ["Hi", "Hi,", "Hello", "Hey", "hey there", "Hi there", "Hello!", "Morning,",
                    "hiya", "Good evening", "hi again", "Hello?", "Hey guys", "Hi {shop}", "Bonjour"]},
    "fr": {"email": ["Bonjour,", "Bonjour,", "Madame, Monsieur,", "Bonjour Madame, Monsieur,",
                     "Bonjour à toute l'équipe,", "Bonsoir,", "Bonjour le service client,",
                     "Bonjour {shop},", "Madame, Monsieur, bonjour,", "Hello,"],
           "chat": ["Bonjour", "Bonjour,", "Bonsoir", "Salut", "Bjr", "Slt", "Hello", "Coucou",
                    "Re bonjour", "bonjour !", "Hello !", "Hi", "Bonjour bonjour", "Allô ?"]}}
CLOSINGS = {
    "en": {"email": ["Thanks,\n{name}", "Kind regards,\n{name}", "Best,\n{name}", "Many thanks,\n{name}",
                     "Regards,\n{name}", "Thank you,\n{name}", "Thanks in advance,\n{name}",
                     "Looking forward to hearing from you,\n{name}", "Cheers,\n{name}",
                     "{name}\n\nSent from my iPhone", "Merci,\n{name}", "Cordialement,\n{name}",
                     "Thanks"],
           "chat": ["thanks", "thx", "Thanks!", "ty", "thanks in advance", "cheers", "pls",
                    "asap please", "Thank you", "many thanks", "merci!", "thanks a lot",
                    "Thanks, {name}"]},
    "fr": {"email": ["Cordialement,\n{name}", "Bien cordialement,\n{name}", "Merci d'avance,\n{name}",
                     "Bien à vous,\n{name}", "Dans l'attente de votre réponse,\n{name}",
                     "Bonne journée,\n{name}", "Cdlt\n{name}", "{name}\n\nEnvoyé de mon iPhone",
                     "Merci par avance pour votre retour.\n{name}", "Salutations,\n{name}",
                     "Regards,\n{name}", "Merci"],
           "chat": ["merci", "Merci !", "merci d'avance", "mrc", "svp", "Merci bcp",
                    "bonne journée", "thanks", "Merci de votre retour", "merci beaucoup",
                    "Bonne soirée", "Merci, {name}", "thx"]}}
ANGRY = {"en": ["This is ridiculous.", "Really not impressed.", "I'm so fed up with this.",
                "Third time I'm asking!!", "Sort it out please.", "Absolutely unacceptable.",
                "I want an answer TODAY.", "Nobody ever replies to my emails.",
                "I've been more than patient."],
         "fr": ["C'est inadmissible.", "Je commence à perdre patience.",
                "C'est la troisième fois que je demande !!", "Franchement c'est n'importe quoi.",
                "J'attends une réponse AUJOURD'HUI.", "Personne ne répond à mes mails.",
                "J'ai été plus que patiente.", "Ça devient vraiment pénible."]}
ABBREV = {
    "en": [(r"\bplease\b", ["pls", "plz", "pls"]), (r"\bthanks\b", ["thx", "thanx", "ty"]),
           (r"\bthank you\b", ["ty", "thank u", "thankyou"]), (r"\byou\b", ["u"]),
           (r"\byour\b", ["ur", "ur"]), (r"\bare\b", ["r"]), (r"\btomorrow\b", ["tmrw", "tmr"]),
           (r"\bbecause\b", ["bc", "cuz", "coz"]), (r"\bI'm\b", ["im", "Im", "i'm"]),
           (r"\bdon't\b", ["dont"]), (r"\bcan't\b", ["cant"]), (r"\bdoesn't\b", ["doesnt"]),
           (r"\bhaven't\b", ["havent"]), (r"\bit's\b", ["its"]), (r"\bwhat's\b", ["whats"]),
           (r"\bokay\b", ["ok", "k"]), (r"\bmessage\b", ["msg"]), (r"\bwith\b", ["w/"]),
           (r"\bnumber\b", ["no.", "nr"]), (r"\bI've\b", ["ive", "Ive"]),
           (r"\bdelivery\b", ["delivry", "del"]), (r"\bsomeone\b", ["some1"])],
    "fr": [(r"\bs'il vous pla[iî]t\b", ["svp", "stp", "SVP"]), (r"\bs'il te pla[iî]t\b", ["stp"]),
           (r"\bje suis\b", ["jsuis", "chui", "j suis"]), (r"\bcommande\b", ["cmd", "cde", "cmd"]),
           (r"\bpourquoi\b", ["pq", "pk"]), (r"\bquand\b", ["qd", "kan"]),
           (r"\baujourd'hui\b", ["auj", "ajd", "aujourdhui"]), (r"\bbeaucoup\b", ["bcp"]),
           (r"\btoujours\b", ["tjrs", "tjs", "toujour"]), (r"\bquelque chose\b", ["qqch", "qqc"]),
           (r"\bquelqu'un\b", ["qqn", "qq1"]), (r"\bc'est\b", ["c", "cest", "c est", "c'est"]),
           (r"\bj'ai\b", ["jai", "j ai", "jai"]), (r"\bje ne sais pas\b", ["jsp", "je sais pas"]),
           (r"\bbonjour\b", ["bjr", "bjour"]), (r"\bmerci\b", ["mrc", "mci", "merci", "merciii"]),
           (r"\bmessage\b", ["msg"]), (r"\bparce que\b", ["pcq", "parce ke", "psk"]),
           (r"\best-ce que\b", ["est ce que", "esk", "estce que"]), (r"\bil y a\b", ["y a", "ya", "il ya"]),
           (r"\bil n'y a\b", ["y a", "ya"]), (r"\bje n'ai\b", ["j'ai", "jai"]), (r"\bje ne\b", ["je"]),
           (r"\bce n'est\b", ["c'est", "cest"]), (r"\bvous\b", ["vs", "vous", "vous"]),
           (r"\btout\b", ["tt"]), (r"\bnuméro\b", ["num", "n°", "no"]), (r"\bcomment\b", ["cmt", "comment"]),
           (r"\bpas\b", ["pa", "pas", "pas"]), (r"\bmaintenant\b", ["mtn", "mnt"]),
           (r"\bque\b", ["ke", "que", "que"])]}
EMOJI = {"angry": ["😡", "😤", "🤬", "😠", "🙄", "😡😡"], "sad": ["😭", "😢", "😞", "😩", "🥲", "😕"],
         "polite": ["🙏", "🙂", "😊", "🙏🙏", "👍", "🙏🏻"], "urgent": ["⚠️", "‼️", "🆘", "😱", "🚨"],
         "neutral": ["🤔", "😅", "📦", "🤷‍♀️", "👀", "🤷"], "happy": ["😊", "❤️", "🥰", "👍", "🙌", "😍", "💯", "🙏"]}


# --------------------------------------------------------------------------------------------
# Agent answers (as sent), per intent and language
# --------------------------------------------------------------------------------------------

def A(en: str, fr: str) -> dict:
    return {"en": bank(en), "fr": bank(fr)}


ANSWERS: dict[str, dict] = {}

ANSWERS["order_status"] = A("""
* I've checked {order_ref}: it left our warehouse {ship_day} with {carrier} and should reach you {eta}. Your tracking number is {tracking}.
* Good news, {order_ref} has been dispatched! It's with {carrier} (tracking {tracking}) and the estimated delivery is {eta}.
* {order_ref} is being packed right now. We had a backlog after the sale, sorry for the wait. It will ship within 24 hours and you'll get the tracking link by email.
* Thanks for checking in. {order_ref} shipped {ship_day}; {carrier} shows it in transit and due {eta}. You can follow it here with the number {tracking}.
h I understand it's for {event_ref}. {order_ref} is with {carrier} and scheduled for delivery {eta}, so it should arrive in time. I've flagged it and I'll keep an eye on the tracking for you.
? Could you send me your order number? It starts with # or FR-/UK- and it's in your confirmation email. I'll check straight away.
? I'd be happy to check. I can't find an order linked to this conversation, could you give me the order number or the email address you ordered with?
""", """
* J'ai vérifié {order_ref} : elle a quitté notre entrepôt {ship_day} avec {carrier} et devrait vous être livrée {eta}. Votre numéro de suivi : {tracking}.
* Bonne nouvelle, {order_ref} est partie ! Elle est chez {carrier} (suivi {tracking}), livraison estimée {eta}.
* {order_ref} est en cours de préparation. Avec les soldes nous avons pris un peu de retard, désolé{ae} pour l'attente. Elle sera expédiée sous 24 h et vous recevrez le lien de suivi par e-mail.
* Merci pour votre message. {order_ref} a été expédiée {ship_day} ; elle est en transit chez {carrier} et arrivera {eta}. Numéro de suivi : {tracking}.
h Je comprends, c'est pour {event_ref}. {order_ref} est chez {carrier} avec une livraison prévue {eta}, elle devrait donc arriver à temps. Je la surveille de près et je reviens vers vous au moindre souci.
? Pourriez-vous m'indiquer votre numéro de commande ? Il figure dans l'e-mail de confirmation (il commence par # ou FR-). Je regarde tout de suite.
? Je regarde avec plaisir ! Je ne retrouve pas de commande liée à cette conversation : pouvez-vous me donner le numéro de commande ou l'adresse e-mail utilisée ?
""")

ANSWERS["delivery_delay"] = A("""
* I'm sorry {order_ref} is late. {carrier} has had delays in your area; the parcel is now at your local depot and should be delivered {eta}.
* I've opened an investigation with {carrier} for {order_ref}. If they can't locate the parcel within 48 hours, we'll send a replacement or refund you, whichever you prefer.
* I've checked with {carrier}: the parcel was sent to the wrong depot and is on its way back to your area. New estimated delivery: {eta}.
h I completely understand, especially with {event_ref} coming up. I've asked {carrier} to prioritise the parcel, and if it doesn't arrive in time we'll refund your shipping and send a replacement by express at no cost.
h I'm really sorry about this wait. I've refunded your delivery costs and opened an urgent claim with {carrier}; you'll hear back from me within 24 hours either way.
*:missing I'm sorry, that's worrying. {carrier} has the parcel as delivered {ship_day}, so I've opened a claim with them today. Could you check with your neighbours and any safe place in the meantime? If it hasn't turned up within 48 hours we'll send a replacement.
*:missing Thanks for letting us know. I've asked {carrier} for the proof of delivery (GPS location and photo) and opened a lost-parcel claim. If nothing turns up by {eta}, we'll reship or refund you, your choice.
*:depot I've chased {carrier} about {order_ref}: the parcel is held at their depot after a sorting error. It's been relabelled and should leave today, delivery expected {eta}.
? I'm sorry for the wait! Could you send me your order number so I can chase the carrier right away?
""", """
* Je suis désolé{ae} pour le retard de {order_ref}. {carrier} rencontre des retards dans votre secteur ; le colis est arrivé à votre agence locale et devrait être livré {eta}.
* J'ai ouvert une enquête auprès de {carrier} pour {order_ref}. S'ils ne retrouvent pas le colis sous 48 h, nous vous renverrons la commande ou vous rembourserons, comme vous préférez.
* J'ai vérifié auprès de {carrier} : le colis a été envoyé vers le mauvais centre de tri et repart vers chez vous. Nouvelle date de livraison estimée : {eta}.
h Je comprends tout à fait, surtout avec {event_ref}. J'ai demandé à {carrier} de traiter le colis en priorité, et s'il n'arrive pas à temps nous vous remboursons la livraison et renvoyons la commande en express, sans frais.
h Je suis vraiment navré{ae} pour cette attente. Je vous ai remboursé les frais de livraison et ouvert une réclamation urgente chez {carrier} ; je reviens vers vous sous 24 h quoi qu'il arrive.
*:missing Je suis désolé{ae}, c'est inquiétant. {carrier} indique le colis livré {ship_day}, j'ai donc ouvert une réclamation dès aujourd'hui. Pourriez-vous vérifier auprès de vos voisins en attendant ? S'il n'est pas retrouvé sous 48 h, nous vous renvoyons la commande.
*:missing Merci de nous avoir prévenus. J'ai demandé à {carrier} la preuve de livraison (photo et géolocalisation) et ouvert une réclamation pour colis perdu. Sans nouvelles d'ici {eta}, nous renvoyons la commande ou vous remboursons, au choix.
*:depot J'ai relancé {carrier} pour {order_ref} : le colis était bloqué au dépôt suite à une erreur de tri. Il a été ré-étiqueté et repart aujourd'hui, livraison prévue {eta}.
? Désolé{ae} pour l'attente ! Pouvez-vous me donner votre numéro de commande pour que je relance le transporteur tout de suite ?
""")

ANSWERS["cancel_order"] = A("""
* Done! I've cancelled {order_ref}. The refund of {amount_ref} will be back on your original payment method within 3 to 5 working days.
* No problem, {order_ref} hadn't left the warehouse yet so I was able to cancel it. You'll receive a confirmation email shortly and the refund in 3-5 working days.
* I've cancelled {order_ref} as requested. Sorry it didn't work out this time, and thanks for letting us know quickly.
*:mistake These things happen! {order_ref} was still in the queue, so I've cancelled it and the payment will be refunded within 3 to 5 working days.
*:partial I've removed {the_prod} from {order_ref}; the rest of the order will ship as planned and you'll be refunded for that item within 3-5 working days.
*:how Orders can be cancelled from your account for one hour after purchase. After that, just message us as you did: I've now cancelled {order_ref} for you.
*:shipped I'm sorry, {order_ref} had already been handed to {carrier} when the cancellation came through. You can simply refuse the parcel at delivery, or return it free of charge, and we'll refund you in full as soon as it's back with us.
? Of course. Could you send me the order number so I can cancel it before it's packed?
""", """
* C'est fait ! J'ai annulé {order_ref}. Le remboursement de {amount_ref} sera crédité sur votre moyen de paiement sous 3 à 5 jours ouvrés.
* Pas de souci, {order_ref} n'avait pas encore quitté l'entrepôt, j'ai donc pu l'annuler. Vous allez recevoir un e-mail de confirmation et le remboursement sous 3 à 5 jours ouvrés.
* J'ai bien annulé {order_ref} comme demandé. Dommage pour cette fois, et merci de nous avoir prévenus rapidement !
*:mistake Ça arrive ! {order_ref} était encore en attente, je l'ai annulée et le paiement vous sera remboursé sous 3 à 5 jours ouvrés.
*:partial J'ai retiré {le_prod} de {order_ref} ; le reste de la commande partira comme prévu et cet article vous sera remboursé sous 3 à 5 jours ouvrés.
*:how Une commande peut être annulée depuis votre compte pendant une heure après l'achat. Ensuite il suffit de nous écrire comme vous l'avez fait : je viens d'annuler {order_ref} pour vous.
*:shipped Je suis désolé{ae}, {order_ref} était déjà chez {carrier} quand l'annulation est arrivée. Vous pouvez simplement refuser le colis à la livraison ou nous le retourner gratuitement, et nous vous rembourserons intégralement dès réception.
? Bien sûr. Pouvez-vous m'envoyer le numéro de commande pour que je l'annule avant sa préparation ?
""")

ANSWERS["change_address"] = A("""
* I've updated the delivery address on {order_ref} to {address_ref}. You'll get an updated confirmation by email.
* Thanks for letting us know in time! The parcel hadn't been labelled yet, so {order_ref} will now go to {address_ref}.
* Done, the address is corrected. Could you just double-check the postcode in the confirmation email we've sent?
h I've caught it just in time: {order_ref} was about to be labelled, and it will now go to {address_ref}.
*:relay Yes, that's possible. I've switched {order_ref} to pickup-point delivery; you'll receive an email with a link to choose the pickup point closest to you.
*:neighbour I've added a delivery note to {order_ref} asking {carrier} to leave the parcel with your neighbour. Most drivers follow it, but I'd also suggest telling your neighbour to expect it.
*:how Once an order is placed the address can't be edited in your account, but we can change it as long as it hasn't shipped. Just send us the order number and the new address and we'll do it for you.
? Of course! Could you send me the order number? I'll update the address straight away.
""", """
* J'ai mis à jour l'adresse de livraison de {order_ref} : {address_ref}. Vous allez recevoir une confirmation par e-mail.
* Merci de nous avoir prévenus à temps ! Le colis n'était pas encore étiqueté, {order_ref} partira donc à l'adresse {address_ref}.
* C'est corrigé. Pouvez-vous simplement vérifier le code postal dans l'e-mail de confirmation que nous venons de vous envoyer ?
h Juste à temps : {order_ref} allait être étiquetée, elle partira bien à l'adresse {address_ref}.
*:relay Oui, c'est possible. J'ai passé {order_ref} en livraison en point relais ; vous allez recevoir un e-mail pour choisir le point relais le plus proche.
*:neighbour J'ai ajouté une consigne de livraison sur {order_ref} pour que {carrier} dépose le colis chez votre voisine. Les livreurs la suivent en général, mais pensez aussi à la prévenir.
*:how Une fois la commande validée, l'adresse n'est plus modifiable depuis le compte, mais nous pouvons la changer tant que le colis n'est pas parti. Envoyez-nous le numéro de commande et la nouvelle adresse, on s'en occupe.
? Bien sûr ! Pouvez-vous m'envoyer le numéro de commande ? Je mets l'adresse à jour dans la foulée.
""")

ANSWERS["return_request"] = A("""
* You can return {the_prod} within 30 days: go to your account, choose "Return an item" on {order_ref}, and print the free label. Drop the parcel at any {carrier} point and we'll refund you once it's checked, usually within 5 working days.
* No problem! I've emailed you a prepaid return label for {order_ref}. Pop {the_prod} back in its packaging and drop it off at a post office or pickup point.
* Sorry {the_prod} didn't work out. I've registered the return on {order_ref}; you'll receive the label by email in the next few minutes.
*:label Here you go: I've just sent a new return label for {order_ref} to {email_ref}. It's valid for 14 days at any {carrier} drop-off point.
*:policy You have 30 days from delivery to return any unworn item with its tags. Returns are free in France, Belgium, the UK and Ireland; the refund goes back to your original payment method.
*:free Returns are free from France, Belgium, the UK and Ireland: just use the prepaid label from your account. From other countries the cost of the label is deducted from the refund.
*:late Your order is just outside our 30-day window, but I've made an exception this time: the return label for {the_prod} is in your inbox.
*:store We don't have shops, only our Lille showroom, so returns go by post. The label is free and you can drop the parcel at any pickup point.
*:gift Yes, you can! Send me the name or email of the person who bought it (or the gift message) and I'll find the order and send you a label. Gift returns are refunded as a voucher.
? Happy to help! Could you send me your order number so I can generate the return label?
""", """
* Vous pouvez retourner {le_prod} sous 30 jours : dans votre compte, choisissez "Retourner un article" sur {order_ref} puis imprimez l'étiquette gratuite. Déposez le colis dans un point {carrier} et nous vous remboursons après contrôle, en général sous 5 jours ouvrés.
* Pas de problème ! Je viens de vous envoyer par e-mail une étiquette retour prépayée pour {order_ref}. Remettez {le_prod} dans son emballage et déposez le colis en point relais.
* Dommage que {le_prod} ne vous {convienne/conviennent} pas. J'ai enregistré le retour sur {order_ref}, vous allez recevoir l'étiquette par e-mail dans quelques minutes.
*:label Voici : je viens d'envoyer une nouvelle étiquette retour pour {order_ref} à {email_ref}. Elle est valable 14 jours dans tous les points {carrier}.
*:policy Vous disposez de 30 jours après la livraison pour retourner un article non porté avec ses étiquettes. Le retour est gratuit en France, en Belgique, au Royaume-Uni et en Irlande, et le remboursement se fait sur le moyen de paiement d'origine.
*:free Le retour est gratuit depuis la France, la Belgique, le Royaume-Uni et l'Irlande avec l'étiquette prépayée de votre compte. Depuis les autres pays, le coût de l'étiquette est déduit du remboursement.
*:late Votre commande dépasse de peu le délai de 30 jours, mais j'ai fait une exception : l'étiquette retour pour {le_prod} vous attend dans votre boîte mail.
*:store Nous n'avons pas de boutique, seulement notre showroom de Lille, les retours se font donc par colis. L'étiquette est gratuite et le dépôt se fait en point relais.
*:gift Oui, c'est possible ! Donnez-moi le nom ou l'e-mail de la personne qui vous l'a offert (ou le message cadeau) et je retrouverai la commande pour vous envoyer une étiquette. Le remboursement se fait en bon d'achat.
? Avec plaisir ! Pouvez-vous m'envoyer votre numéro de commande pour que je génère l'étiquette retour ?
""")

ANSWERS["exchange_item"] = A("""
* Of course! I've set up an exchange on {order_ref} for {size_ref}. Return {the_prod} with the free label I've emailed you and the new size ships as soon as it's scanned at the drop-off point.
* Exchanges are free. I've reserved {size_ref} for you and sent a return label for {the_prod}; no need to wait for it to reach us.
* I've checked stock and {size_ref} is available. The exchange is set up on {order_ref}: drop off {the_prod} with the label in your inbox and we'll send the replacement the same day.
h I understand the timing matters with {event_ref}. I've sent {size_ref} today by express at no cost, so it should arrive {eta}; you can return {the_prod} afterwards with the prepaid label.
*:colour Yes! I've set up the exchange for {the_prod} {color_ref}. The return label is in your inbox and the new colour ships as soon as the parcel is dropped off.
*:how We do exchanges for a different size or colour of the same item: click "Exchange" next to the item in your account and we ship the new one as soon as the return is dropped off. For a different product, the easiest is to return it for a refund and place a new order.
? Happy to swap it for {size_ref}! Could you give me your order number?
""", """
* Bien sûr ! J'ai créé un échange sur {order_ref} pour {size_ref}. Renvoyez {le_prod} avec l'étiquette gratuite que je vous ai envoyée et la nouvelle taille partira dès le dépôt du colis.
* Les échanges sont gratuits. Je vous ai réservé {size_ref} et envoyé une étiquette retour pour {le_prod}, inutile d'attendre que le colis nous parvienne.
* J'ai vérifié le stock, {size_ref} est disponible. L'échange est enregistré sur {order_ref} : déposez {le_prod} avec l'étiquette reçue par e-mail et nous expédions le remplacement le jour même.
h Je comprends que le délai compte avec {event_ref}. J'ai envoyé {size_ref} aujourd'hui en express, sans frais : livraison prévue {eta}. Vous pourrez renvoyer {le_prod} ensuite avec l'étiquette prépayée.
*:colour Oui ! J'ai enregistré l'échange de {le_prod} {color_ref}. L'étiquette retour est dans votre boîte mail et la nouvelle couleur part dès le dépôt du colis.
*:how Nous faisons les échanges de taille ou de couleur pour un même article : cliquez sur "Échanger" à côté de l'article dans votre compte, et la nouvelle pièce part dès le dépôt du retour. Pour un autre modèle, le plus simple est de retourner l'article et de repasser commande.
? Avec plaisir, on peut l'échanger contre {size_ref} ! Pouvez-vous me donner votre numéro de commande ?
""")

ANSWERS["refund_status"] = A("""
* I've checked {order_ref}: {refund_ref} was issued {ship_day}. Banks usually take 3 to 5 working days to show it on your statement.
* Your return arrived at our warehouse and has been checked. {refund_ref} has now been processed to your original payment method; allow 3-5 working days.
* I can see your return was received but not processed yet, sorry about that. I've pushed it through today, so {refund_ref} should be on your account within 3-5 working days.
h I'm very sorry, your return was received but the refund got stuck in our system. I've processed {refund_ref} manually today and added a code, {gift_code}, for the trouble. It should reach your account within 3 working days.
h You're absolutely right to chase us, this has taken far too long. I've issued {refund_ref} myself just now; you'll get the confirmation email within the hour.
*:received Yes, your parcel reached our warehouse {ship_day}. Returns are checked within 48 hours and the refund follows straight after; you'll get an email as soon as it's done.
*:howlong Once your return reaches us, we check it within 48 hours and refund the same day. Your bank then takes 3 to 5 working days to show it (PayPal is usually instant).
*:bank The refund left us {ship_day}, so it's now with your bank. Most banks take 3 to 5 working days; if it's still not there after that, send me a message and I'll send you the transaction reference to give to them.
*:partial The difference is the original delivery fee, which we refund when the whole order comes back. As you returned everything, I've now refunded the shipping too; you'll see it within 3-5 working days.
*:card Refunds can only go back to the card used for payment, but don't worry: if that card is closed, your bank will redirect the money to your account. If there's any problem, we can switch it to a bank transfer.
? Could you send me your order number? I'll check where your refund is right away.
""", """
* J'ai vérifié {order_ref} : {refund_ref} a été émis {ship_day}. Les banques mettent en général 3 à 5 jours ouvrés à l'afficher.
* Votre retour est bien arrivé à l'entrepôt et a été contrôlé. {refund_ref} vient d'être effectué sur votre moyen de paiement d'origine ; comptez 3 à 5 jours ouvrés.
* Je vois que votre retour a bien été reçu mais pas encore traité, désolé{ae}. Je l'ai validé aujourd'hui, {refund_ref} devrait apparaître sur votre compte sous 3 à 5 jours ouvrés.
h Je suis vraiment désolé{ae}, votre retour a bien été reçu mais le remboursement était bloqué dans notre système. J'ai effectué {refund_ref} manuellement aujourd'hui et je vous offre le code {gift_code} pour la gêne occasionnée. Comptez 3 jours ouvrés maximum.
h Vous avez tout à fait raison de nous relancer, ce délai n'est pas normal. Je viens d'effectuer {refund_ref} moi-même ; vous recevrez l'e-mail de confirmation dans l'heure.
*:received Oui, votre colis est arrivé à l'entrepôt {ship_day}. Les retours sont contrôlés sous 48 h et le remboursement suit immédiatement ; vous recevrez un e-mail dès que c'est fait.
*:howlong Dès réception du retour, nous le contrôlons sous 48 h et remboursons le jour même. Votre banque met ensuite 3 à 5 jours ouvrés à l'afficher (PayPal est généralement immédiat).
*:bank Le remboursement est parti de chez nous {ship_day}, il est donc entre les mains de votre banque. Comptez 3 à 5 jours ouvrés ; si rien n'apparaît après, écrivez-moi et je vous transmettrai la référence de la transaction.
*:partial La différence correspond aux frais de livraison initiaux, que nous remboursons en cas de retour complet. Comme vous avez tout renvoyé, je viens de vous rembourser aussi les frais de port ; comptez 3 à 5 jours ouvrés.
*:card Le remboursement ne peut se faire que sur la carte utilisée, mais pas d'inquiétude : si elle est résiliée, votre banque reverse la somme sur votre compte. En cas de souci, nous pouvons passer par un virement.
? Pouvez-vous m'envoyer votre numéro de commande ? Je regarde tout de suite où en est votre remboursement.
""")

ANSWERS["damaged_item"] = A("""
* I'm so sorry {the_prod} arrived damaged. Could you send us a photo of the item and the box? We'll send a replacement straight away, no need to return the damaged one.
* That's really not the condition it should have arrived in, sorry! I've sent a replacement for {the_prod} today; you should have it {eta}. You can keep or recycle the damaged one.
* Thank you for the photos. I've refunded {the_prod} in full and reported the damage to {carrier}. Let me know if you'd rather have a replacement instead.
*:faulty I'm sorry {the_prod} {has/have} stopped working. It's covered by our 2-year warranty, so I've arranged a replacement: it ships today and the return label for the faulty one is in your inbox.
*:faulty Thanks for letting us know. Before anything else, could you try another plug and cable? If it still doesn't charge, I'll send a replacement right away under the warranty.
*:minor Thanks for being so understanding! I've refunded 20% of the price of {the_prod} to your original payment method; no need to send anything back.
c:safety Please stop using {the_prod} and unplug it straight away. I'm very sorry this happened. I've refunded you in full and passed your message to our product safety team, who will call you today. Please keep the item (don't post it back) so they can arrange collection and inspection.
c:safety First of all, I hope everyone is OK. Please don't use {the_prod} again and keep it away from anything flammable. I've escalated this to our safety manager as a priority, refunded your order, and we'll arrange for a courier to collect the item for testing.
""", """
* Je suis vraiment désolé{ae} que {le_prod} {soit/soient} arrivé{e} abîmé{e}. Pourriez-vous nous envoyer une photo de l'article et du carton ? Nous vous renvoyons un article neuf tout de suite, inutile de retourner celui-ci.
* Ce n'est vraiment pas l'état dans lequel l'article aurait dû arriver, toutes mes excuses ! Je vous ai renvoyé {le_prod} aujourd'hui, livraison prévue {eta}. Vous pouvez garder ou recycler l'article endommagé.
* Merci pour les photos. Je vous ai remboursé intégralement {le_prod} et signalé les dégâts à {carrier}. Dites-moi si vous préférez un remplacement.
*:faulty Désolé{ae} que {le_prod} ne {fonctionne/fonctionnent} plus. L'article est couvert par notre garantie de 2 ans, je vous en envoie donc un neuf aujourd'hui ; l'étiquette pour renvoyer l'ancien est dans votre boîte mail.
*:faulty Merci de nous avoir prévenus. Pouvez-vous d'abord essayer avec une autre prise et un autre câble ? Si ça ne charge toujours pas, je vous envoie un remplacement sous garantie immédiatement.
*:minor Merci pour votre compréhension ! Je vous ai remboursé 20 % du prix de {le_prod} sur votre moyen de paiement d'origine, inutile de nous renvoyer quoi que ce soit.
c:safety Merci d'arrêter immédiatement d'utiliser {le_prod} et de le débrancher. Je suis sincèrement désolé{ae}. J'ai procédé au remboursement intégral et transmis votre message à notre responsable sécurité produit, qui vous appellera aujourd'hui. Merci de conserver l'article (ne le renvoyez pas par la poste) afin que nous organisions son enlèvement pour analyse.
c:safety Avant tout, j'espère que tout le monde va bien. Merci de ne plus utiliser {le_prod} et de le tenir éloigné de tout objet inflammable. J'ai transmis votre message en priorité à notre responsable sécurité, remboursé votre commande, et un transporteur viendra récupérer l'article pour expertise.
""")

ANSWERS["wrong_item"] = A("""
* I'm sorry, that's a picking error on our side. I've sent {the_prod} today by express, and you'll get a free return label for the wrong item by email.
* Apologies for the mix-up! The correct item is on its way (arriving {eta}). Please don't worry about the wrong one: a prepaid label is in your inbox for whenever suits you.
* Thanks for the photos, and sorry about this. I've shipped the right item and added a code, {gift_code}, for the inconvenience.
h I'm really sorry about the mix-up, especially with {event_ref} coming. I've sent {the_prod} by express today at no cost, so it should arrive {eta}.
*:size So sorry, the wrong size was packed. I've sent {size_ref} today by express and emailed you a prepaid label to send back the wrong size.
*:colour Sorry about that, the colours got mixed up at packing. The right colour has been sent today, arriving {eta}, and a return label for the wrong one is in your inbox.
? I'm sorry about this! Could you send me your order number and a photo of what you received? I'll sort out the right item right away.
""", """
* Toutes nos excuses, il s'agit d'une erreur de préparation de notre côté. Je vous ai envoyé {le_prod} aujourd'hui en express, et vous recevrez une étiquette retour gratuite pour le mauvais article.
* Désolé{ae} pour cette erreur ! Le bon article est en route (livraison {eta}). Pour l'autre, pas d'urgence : une étiquette prépayée vous attend dans votre boîte mail.
* Merci pour les photos, et toutes mes excuses. Je vous ai envoyé le bon article et ajouté un code, {gift_code}, pour la gêne occasionnée.
h Je suis vraiment désolé{ae} pour cette erreur, surtout avec {event_ref}. J'ai envoyé {le_prod} en express aujourd'hui sans frais, livraison prévue {eta}.
*:size Désolé{ae}, la mauvaise taille a été emballée. Je vous ai envoyé {size_ref} aujourd'hui en express et une étiquette prépayée pour renvoyer l'autre.
*:colour Désolé{ae}, les coloris ont été inversés à l'emballage. La bonne couleur est partie aujourd'hui, livraison {eta}, et l'étiquette retour pour l'autre est dans votre boîte mail.
? Toutes mes excuses ! Pouvez-vous m'envoyer votre numéro de commande et une photo de l'article reçu ? Je m'occupe de vous envoyer le bon.
""")

ANSWERS["payment_failed"] = A("""
* Sorry about that! Declines at checkout usually come from the 3D Secure step. Could you try again in your bank's app-approval mode, or use PayPal or Apple Pay? Nothing has been charged on our side.
* I've checked and no order went through, so you haven't been charged. We had a short outage with our payment provider this morning; it's fixed now, so please try again.
*:declined Thanks for the details. Your bank is blocking the payment because our merchant name is new to them; a quick call to them (or approving it in their app) usually sorts it. You can also pay with PayPal.
c I've reserved your basket at the sale price until tomorrow 6pm and sent you a secure payment link by email, so you won't miss the offer. Sorry for the stress!
c Don't worry, you won't lose it: I've extended your pre-order and emailed you a direct payment link valid for 48 hours.
*:declined Sorry about that! Nothing has been charged on our side. Declines usually come from the bank's security check: approving the payment in your banking app normally fixes it, and PayPal or Apple Pay are good alternatives.
*:site Sorry about that! Some customers had the payment page freeze on mobile this morning; it's fixed now. Could you refresh the page and try again? Nothing was charged on the failed attempts.
*:site I've checked and no order went through, so you haven't been charged. Our payment provider had a short outage earlier; it's back to normal, so please try again, and tell me if it still fails.
*:3ds The 3D Secure code is sent by your bank, not by us, so it's worth checking the phone number they have for you or approving the payment in their app. PayPal and Apple Pay don't need the code.
*:pending What you see is a pre-authorisation, not a payment: as the order failed, your bank will release {amount_ref} automatically within 3 to 7 days. Nothing has been taken by us.
*:transfer We don't take bank transfers for online orders, but you can pay by card, PayPal, Apple Pay or in 3 instalments with Klarna. For company orders over €500 we can issue a pro-forma invoice.
*:klarna Klarna makes its own decision for each purchase, and unfortunately we can't see or change it. You can still pay by card, PayPal or Apple Pay.
""", """
* Désolé{ae} pour ce souci ! Les refus au paiement viennent souvent de l'étape 3D Secure. Pouvez-vous réessayer en validant depuis l'application de votre banque, ou payer avec PayPal ou Apple Pay ? Rien n'a été débité de notre côté.
* J'ai vérifié : aucune commande n'a été validée, vous n'avez donc pas été débité{c}. Notre prestataire de paiement a eu une courte panne ce matin, c'est réparé, vous pouvez réessayer.
*:declined Merci pour les précisions. Votre banque bloque le paiement car notre nom de commerçant lui est inconnu ; un appel à votre conseiller (ou une validation dans l'appli) règle généralement le problème. Vous pouvez aussi payer par PayPal.
c J'ai réservé votre panier au prix soldé jusqu'à demain 18 h et je vous ai envoyé un lien de paiement sécurisé par e-mail, vous ne raterez pas l'offre. Désolé{ae} pour le stress !
c Pas d'inquiétude, vous ne la perdrez pas : j'ai prolongé votre précommande et vous ai envoyé un lien de paiement direct valable 48 h.
*:declined Désolé{ae} pour ce souci ! Rien n'a été débité de notre côté. Les refus viennent généralement du contrôle de sécurité de la banque : valider le paiement dans l'application bancaire règle le problème le plus souvent, et PayPal ou Apple Pay sont de bonnes alternatives.
*:site Désolé{ae} ! La page de paiement s'est figée sur mobile pour quelques clients ce matin, c'est réparé. Pouvez-vous actualiser la page et réessayer ? Les tentatives échouées n'ont rien débité.
*:site J'ai vérifié : aucune commande n'a été validée, vous n'avez donc pas été débité{c}. Notre prestataire de paiement a eu une courte panne, tout est rentré dans l'ordre : vous pouvez réessayer, et dites-moi si ça bloque encore.
*:3ds Le code 3D Secure est envoyé par votre banque et non par nous : vérifiez le numéro de téléphone qu'elle a enregistré, ou validez le paiement dans son application. PayPal et Apple Pay ne demandent pas ce code.
*:pending Il s'agit d'une pré-autorisation et non d'un paiement : la commande n'ayant pas abouti, votre banque libérera automatiquement {amount_ref} sous 3 à 7 jours. Nous n'avons rien encaissé.
*:transfer Nous n'acceptons pas les virements pour les commandes en ligne, mais vous pouvez payer par carte, PayPal, Apple Pay ou en 3 fois avec Klarna. Pour les commandes professionnelles de plus de 500 €, nous pouvons établir une facture pro forma.
*:klarna Klarna décide seul d'accepter ou non chaque achat, et nous ne pouvons malheureusement ni voir ni modifier sa décision. Vous pouvez toujours payer par carte, PayPal ou Apple Pay.
""")

ANSWERS["charged_twice"] = A("""
* I'm sorry about this. I can see two payments for {order_ref}: the second one was a duplicate and I've refunded it just now. It will be back on your account within 3 to 5 working days.
* You're right, you were charged twice. I've refunded {dup_ref}; you'll get a confirmation email and the money within 3-5 working days. Apologies for the worry.
* I've checked with our payment team: the second charge on {order_ref} is a duplicate from when the page timed out. It has been refunded today.
h I completely understand this is stressful. {dup_ref} has been refunded as a priority today, and I've attached the refund reference so your bank can trace it.
*:preauth Good question! One of them is a pre-authorisation that your bank will release automatically within a few days; only one payment has actually been taken for {order_ref}.
? I'm sorry about that! Could you send me the order number (or the date and amount of both payments) so I can refund the duplicate?
""", """
* Je suis désolé{ae}. Je vois bien deux paiements pour {order_ref} : le second était un doublon et je viens de le rembourser. Il sera recrédité sous 3 à 5 jours ouvrés.
* Vous avez raison, vous avez été débité{c} deux fois. J'ai remboursé {dup_ref} ; vous recevrez un e-mail de confirmation et l'argent sous 3 à 5 jours ouvrés. Toutes nos excuses pour l'inquiétude.
* J'ai vérifié avec notre service paiement : le second débit sur {order_ref} est un doublon lié à l'expiration de la page. Il a été remboursé aujourd'hui.
h Je comprends tout à fait que ce soit stressant. {dup_ref} a été remboursé en priorité aujourd'hui, et je vous joins la référence du remboursement pour que votre banque puisse le suivre.
*:preauth Bonne question ! L'un des deux est une pré-autorisation que votre banque libérera automatiquement sous quelques jours ; un seul paiement a réellement été encaissé pour {order_ref}.
? Désolé{ae} pour ce souci ! Pouvez-vous m'envoyer le numéro de commande (ou la date et le montant des deux débits) pour que je rembourse le doublon ?
""")

ANSWERS["invoice_request"] = A("""
* Here you go: I've emailed the invoice for {order_ref} to {email_ref}. You can also download it any time from "My orders" in your account.
* Sure! The invoice for {order_ref} is attached to this email. Let me know if you need anything changed on it.
*:company No problem. Please send me the company name, address and VAT number you'd like on it and I'll issue a new invoice for {order_ref}.
*:fix I've reissued the invoice for {order_ref} with the corrected details; the new version is in your inbox and replaces the old one.
*:where Invoices are in your account under "My orders": click the order, then "Download invoice". They appear once the order has shipped.
? Of course. Which order is it for? Send me the order number and I'll email the invoice over.
""", """
* Voici : je vous ai envoyé la facture de {order_ref} à {email_ref}. Vous pouvez aussi la télécharger à tout moment dans "Mes commandes" de votre compte.
* Bien sûr ! Vous trouverez la facture de {order_ref} en pièce jointe. Dites-moi s'il faut y modifier quelque chose.
*:company Pas de problème. Envoyez-moi la raison sociale, l'adresse et le numéro de TVA à faire figurer, et j'établis une nouvelle facture pour {order_ref}.
*:fix J'ai réédité la facture de {order_ref} avec les bonnes informations ; la nouvelle version est dans votre boîte mail et remplace l'ancienne.
*:where Les factures se trouvent dans votre compte, rubrique "Mes commandes" : cliquez sur la commande puis sur "Télécharger la facture". Elles sont disponibles dès l'expédition.
? Bien sûr. De quelle commande s'agit-il ? Envoyez-moi le numéro et je vous transmets la facture par e-mail.
""")

ANSWERS["promo_code"] = A("""
* I've checked {code_ref}: it's valid on full-price items only and needs a basket of €50 or more. That's probably why it didn't apply. Let me know if it still doesn't work.
* Sorry about that! {code_ref} had a glitch this morning. It's fixed now, so please try again, and if it's still refused I'll apply the discount manually.
*:expired You're right, the code should still be valid. I've reactivated it for your account until Sunday midnight.
*:forgot No problem: I've refunded the difference on {order_ref}, as if the code had been applied. You'll see it within 3-5 working days.
*:any We don't have a public code right now, but newsletter subscribers get 10% off their first order and early access to the sales.
*:newsletter Sorry it never arrived! Here's your welcome code: WELCOME10, valid for 30 days on full-price items.
*:sale Promo codes can't be used on items that are already reduced, I'm afraid. They work on everything else in your basket.
*:student Yes! Students get 10% off with UNiDAYS: verify your status on their site and you'll get a code for us.
*:combine Only one code can be used per order, I'm afraid. The checkout keeps the one with the biggest discount.
""", """
* J'ai vérifié {code_ref} : il est valable uniquement sur les articles à prix plein, dès 50 € d'achat. C'est sans doute pour cela qu'il ne s'est pas appliqué. Dites-moi si ça bloque encore.
* Désolé{ae} ! {code_ref} a connu un bug ce matin. C'est corrigé, vous pouvez réessayer, et s'il est encore refusé j'appliquerai la remise manuellement.
*:expired Vous avez raison, le code devrait encore être valable. Je l'ai réactivé sur votre compte jusqu'à dimanche minuit.
*:forgot Pas de souci : je vous ai remboursé la différence sur {order_ref}, comme si le code avait été appliqué. Comptez 3 à 5 jours ouvrés.
*:any Nous n'avons pas de code public en ce moment, mais les abonnés à la newsletter ont -10 % sur leur première commande et un accès anticipé aux soldes.
*:newsletter Désolé{ae} qu'il ne soit jamais arrivé ! Voici votre code de bienvenue : WELCOME10, valable 30 jours sur les articles à prix plein.
*:sale Les codes promo ne s'appliquent malheureusement pas aux articles déjà soldés, mais ils fonctionnent sur le reste du panier.
*:student Oui ! Les étudiants ont -10 % via UNiDAYS : validez votre statut sur leur site et vous recevrez un code pour notre boutique.
*:combine Un seul code peut être utilisé par commande. Le panier garde celui qui offre la plus grosse remise.
""")

ANSWERS["product_question"] = A("""
* Good question! I've asked our product team and will get back to you today with the details on {the_prod}.
*:fit {the_prod} {is} true to size; if you're between two sizes, we'd suggest the larger one. The size guide on the product page has the exact measurements.
*:material {the_prod} {is} made from natural materials; the full composition is in the "Details" tab of the product page. Let me know if you'd like me to check anything specific.
*:model Our model is 1.75 m (5'9") tall and wears a size S. Most customers of a similar height take their usual size.
*:dishwasher Yes, {the_prod} {is} dishwasher and microwave safe. We'd just avoid very hot eco cycles to keep the glaze looking its best.
*:compat Yes, {the_prod} {works/work} with all USB-C phones, including the iPhone 15 and recent Samsung and Pixel models, and {supports/support} fast charging up to 20W.
*:wash {the_prod} can go in the machine at 30°C on a gentle cycle. Dry flat and {it} won't shrink.
*:cable The cable on {the_prod} is 1.5 m long, and it's braided so it holds up well.
*:laptop {the_prod} {is} made for phones, earbuds and watches. Most laptops need 45W or more, so it will only charge small ones like a MacBook Air, and slowly.
*:warranty All our electronics accessories, including {the_prod}, come with a 2-year warranty.
*:dims The exact dimensions are on the product page under "Details", and I'm happy to measure anything else for you.
*:colour It's a mid-tone, slightly darker than on most screens. Happy to send you a photo in daylight if that helps!
*:safety Getting slightly warm while charging is normal, but it should never be too hot to touch. If it is, unplug it and let us know straight away. We'd also advise not charging under a pillow or on a bed.
""", """
* Bonne question ! Je me renseigne auprès de notre équipe produit et je reviens vers vous aujourd'hui avec les infos sur {le_prod}.
*:fit {le_prod} {taille/taillent} normalement ; si vous hésitez entre deux tailles, nous conseillons la plus grande. Le guide des tailles sur la fiche produit donne les mesures exactes.
*:material {le_prod} {est} en matières naturelles ; la composition complète est dans l'onglet "Détails" de la fiche produit. Dites-moi si vous voulez que je vérifie un point précis.
*:model Notre mannequin mesure 1,75 m et porte une taille S. La plupart des clientes de cette taille prennent leur taille habituelle.
*:dishwasher Oui, {le_prod} {passe/passent} au lave-vaisselle et au micro-ondes. Nous évitons simplement les programmes éco très chauds pour préserver l'émail.
*:compat Oui, {le_prod} {fonctionne/fonctionnent} avec tous les téléphones USB-C, y compris l'iPhone 15 et les Samsung et Pixel récents, et {gère/gèrent} la charge rapide jusqu'à 20 W.
*:wash {le_prod} se {lave/lavent} en machine à 30 °C, cycle délicat. Séchage à plat et {il} ne {rétrécit/rétrécissent} pas.
*:warranty Tous nos accessoires électroniques, dont {le_prod}, sont garantis 2 ans.
*:laptop {le_prod} {est} conçu{e} pour les téléphones, écouteurs et montres. La plupart des ordinateurs portables demandent 45 W ou plus : seuls les petits modèles comme le MacBook Air chargeront, et lentement.
*:dims Les dimensions exactes sont indiquées dans l'onglet "Détails" de la fiche produit, et je peux mesurer autre chose si besoin.
*:colour C'est un ton intermédiaire, un peu plus foncé que sur la plupart des écrans. Je peux vous envoyer une photo à la lumière du jour si vous voulez !
*:safety Une légère chaleur pendant la charge est normale, mais l'appareil ne doit jamais être brûlant. Si c'est le cas, débranchez-le et prévenez-nous tout de suite. Nous déconseillons aussi de le charger sous un oreiller ou sur un lit.
""")

ANSWERS["stock_availability"] = A("""
* {the_prod} {is} due back in stock in about two weeks. Click "Notify me" on the product page and you'll get an email as soon as {its} available.
* I've checked with the warehouse: we're expecting a new delivery of {the_prod} at the end of the month.
*:colour At the moment {the_prod} only {comes/come} in the colours shown on the site, but a new colour is planned for next season.
*:preorder We don't take pre-orders, but the "Notify me" button on the product page will email you the moment {its} back.
*:notify Done! I've added your email to the alert list for {the_prod}; you'll hear from us as soon as {its} back.
*:lastone If the site shows it as available, it's physically in our warehouse and reserved for you as soon as you pay.
*:discontinued {the_prod} {is} being discontinued, I'm afraid, but we have a very similar new version arriving in the spring.
*:store Our Lille showroom only has a selection of items, so I'd recommend checking with them before going: +33 3 20 00 00 00.
""", """
* {le_prod} {devrait/devraient} être de retour en stock d'ici deux semaines environ. Cliquez sur "Me prévenir" sur la fiche produit pour recevoir un e-mail dès son retour.
* J'ai vérifié avec l'entrepôt : un nouvel arrivage {du_prod} est attendu pour la fin du mois.
*:colour Pour le moment {le_prod} {n'existe/n'existent} que dans les coloris présentés sur le site, mais un nouveau coloris est prévu la saison prochaine.
*:preorder Nous ne prenons pas de précommande, mais le bouton "Me prévenir" sur la fiche produit vous enverra un e-mail dès le retour en stock.
*:notify C'est noté ! J'ai ajouté votre adresse à la liste d'alerte pour {le_prod}, vous recevrez un e-mail dès le réassort.
*:lastone Si le site l'indique disponible, l'article est bien dans notre entrepôt et il vous est réservé dès le paiement.
*:discontinued {le_prod} ne {sera/seront} malheureusement pas réédité{e}, mais une nouvelle version très proche arrive au printemps.
*:store Notre showroom de Lille n'a qu'une sélection d'articles, je vous conseille de les appeler avant de passer : 03 53 01 20 20.
""")

ANSWERS["shipping_info"] = A("""
* We deliver across the EU, the UK and Switzerland. Standard delivery takes 2-4 working days and is free from €60.
*:countries Yes, we ship there! Delivery takes 4 to 6 working days, and any import duties are shown and paid at checkout, so there's nothing to pay on arrival.
*:cost Standard delivery is €4.90 (free from €60), express next-day delivery is €9.90, and pickup-point delivery is €3.50.
*:free Delivery is free on all orders from €60, and pickup-point delivery is free from €40.
*:time Delivery to {city_ref} usually takes 2-3 working days with standard shipping, or next day with express if you order before 1pm.
*:saturday Yes, with express delivery: orders placed before 1pm on Friday arrive on Saturday in most areas.
*:carrier We use Colissimo and Chronopost in France, bpost in Belgium and DPD or Evri in the UK and Ireland. You'll get the tracking link by email.
*:byday If you choose express before 1pm, it should arrive {eta}; with standard delivery we can't guarantee it, I'm afraid.
*:relay Yes! Choose "Pickup point" at checkout and select the one closest to you. It's free from €40.
*:customs No, all duties and taxes are included in the price for UK orders, so there's nothing extra to pay on delivery.
*:express Yes, next-day express delivery is available for €9.90 on orders placed before 1pm, Monday to Friday.
*:intl We only deliver within Europe for now, I'm afraid (EU, UK, Switzerland and Norway).
""", """
* Nous livrons dans toute l'Union européenne, au Royaume-Uni et en Suisse. La livraison standard prend 2 à 4 jours ouvrés et elle est offerte dès 60 €.
*:countries Oui, nous livrons là-bas ! Comptez 4 à 6 jours ouvrés ; les éventuels frais de douane sont calculés et réglés au moment du paiement, rien à payer à la livraison.
*:cost La livraison standard coûte 4,90 € (offerte dès 60 €), l'express en 24 h 9,90 €, et le point relais 3,50 €.
*:free La livraison à domicile est offerte dès 60 € d'achat, et en point relais dès 40 €.
*:time Pour {city_ref}, comptez 2 à 3 jours ouvrés en livraison standard, ou le lendemain en express pour toute commande passée avant 13 h.
*:saturday Oui, en express : une commande passée le vendredi avant 13 h est livrée le samedi dans la plupart des villes.
*:carrier Nous travaillons avec Colissimo et Chronopost en France, bpost en Belgique et DPD au Royaume-Uni. Vous recevez le lien de suivi par e-mail.
*:byday Avec l'express commandé avant 13 h, vous serez livrée {eta} ; en standard, je ne peux malheureusement pas le garantir.
*:relay Oui ! Choisissez "Point relais" au moment de la commande et sélectionnez le plus proche. C'est gratuit dès 40 €.
*:customs Pour la Suisse, les droits et taxes sont calculés et payés au moment de la commande : aucun frais supplémentaire à la livraison.
*:express Oui, la livraison express en 24 h est disponible pour 9,90 € pour toute commande passée avant 13 h, du lundi au vendredi.
*:intl Pour l'instant nous livrons uniquement en Europe (UE, Royaume-Uni, Suisse et Norvège), désolé{ae} !
""")

ANSWERS["account_access"] = A("""
* Sorry you're having trouble! I've sent a new password reset link to {email_ref}; it's valid for one hour. If it doesn't arrive, please check your spam folder.
* I've unlocked your account. You can log in again now, or use "Forgot password" if you'd like to set a new one.
*:login That's usually an old cookie: could you try a private window, or clear your browser's cache for our site? If it still won't let you in, tell me which browser you use and I'll look into it with our web team.
*:reset Reset emails sometimes land in spam or promotions. I've sent a fresh link just now from noreply@brindille.example; could you check those folders?
*:locked Your account locks for 30 minutes after 5 failed attempts, for security. I've unlocked it manually, so you can try again now.
*:email For security I'll need to verify it's you before changing the email: please reply with your full name, postcode and the last order number, and I'll update it today.
*:unknown I can't find an account under that address: your earlier orders were probably placed as a guest. I can create an account with that email and attach your past orders to it, just say the word.
*:merge We can't merge accounts automatically, but I can move your order history to the account you want to keep. Just tell me which email to keep.
*:google Accounts created with Google don't have a password: just click "Continue with Google" on the login page and you'll be straight in.
*:code I've switched your verification to email instead of SMS, so the code will now arrive in your inbox.
c:now I've unlocked your account and, to be safe, extended the deadline by 7 days, so you won't lose anything. You can log in now with the reset link I've just emailed you.
c:now Don't worry, I've sorted it from our side: the deadline is extended and a direct link is in your inbox so you can finish without logging in.
""", """
* Désolé{ae} pour ce souci ! Je vous ai envoyé un nouveau lien de réinitialisation à {email_ref}, valable une heure. S'il n'arrive pas, pensez à vérifier vos spams.
* J'ai débloqué votre compte. Vous pouvez vous reconnecter dès maintenant, ou utiliser "Mot de passe oublié" pour en choisir un nouveau.
*:login C'est souvent dû à un ancien cookie : pouvez-vous essayer en navigation privée, ou vider le cache de votre navigateur pour notre site ? Si ça bloque encore, dites-moi quel navigateur vous utilisez et je regarde avec notre équipe web.
*:reset Les e-mails de réinitialisation arrivent parfois dans les spams ou l'onglet promotions. Je viens d'en renvoyer un depuis noreply@brindille.example, pouvez-vous vérifier ces dossiers ?
*:locked Par sécurité, le compte se bloque 30 minutes après 5 tentatives. Je l'ai débloqué manuellement, vous pouvez réessayer maintenant.
*:email Pour des raisons de sécurité je dois vérifier votre identité avant de changer l'adresse : répondez-moi avec vos nom, code postal et dernier numéro de commande, et je fais la modification aujourd'hui.
*:unknown Je ne trouve pas de compte à cette adresse : vos commandes précédentes ont sans doute été passées sans compte. Je peux créer un compte avec cet e-mail et y rattacher vos anciennes commandes, il suffit de me le dire.
*:merge Nous ne pouvons pas fusionner deux comptes automatiquement, mais je peux transférer l'historique de commandes sur celui que vous gardez. Dites-moi simplement quelle adresse conserver.
*:code J'ai basculé la vérification par e-mail au lieu du SMS, le code arrivera désormais dans votre boîte mail.
c:now J'ai débloqué votre compte et, par précaution, prolongé le délai de 7 jours : vous ne perdrez rien. Vous pouvez vous connecter avec le lien que je viens de vous envoyer.
c:now Pas d'inquiétude, je m'en suis occupé{ae} de notre côté : le délai est prolongé et un lien direct vous attend par e-mail pour finaliser sans vous connecter.
""")

ANSWERS["gdpr_deletion"] = A("""
* We've received your request. Your account and personal data will be deleted within 30 days, and you'll get a confirmation email once it's done. We only keep invoices, as the law requires.
* Done: you've been unsubscribed from all emails and texts, and your account deletion is scheduled. You'll receive a confirmation within 30 days at the latest.
*:unsub You're unsubscribed from all marketing as of today (it can take 48 hours for the last scheduled email to stop), and your deletion request has been passed to our data protection officer.
*:access Your request has been logged with our data protection officer. You'll receive a copy of all the data we hold about you within 30 days, by secure email.
*:how There's no delete button yet, so messaging us is the right way. I've submitted the request for you; you'll get a confirmation email within 30 days.
h I'm very sorry your earlier request wasn't acted on. I've escalated it to our data protection officer today: your data will be deleted within 72 hours and all emails and texts have already been stopped.
""", """
* Nous avons bien reçu votre demande. Votre compte et vos données personnelles seront supprimés sous 30 jours et vous recevrez un e-mail de confirmation. Seules les factures sont conservées, comme la loi l'exige.
* C'est fait : vous êtes désinscrit{c} de tous nos e-mails et SMS, et la suppression de votre compte est programmée. Vous recevrez une confirmation sous 30 jours maximum.
*:unsub Vous êtes désinscrit{c} de toutes nos communications dès aujourd'hui (comptez 48 h pour le dernier envoi programmé), et votre demande de suppression a été transmise à notre délégué à la protection des données.
*:access Votre demande a été transmise à notre délégué à la protection des données. Vous recevrez une copie de l'ensemble de vos données sous 30 jours, par e-mail sécurisé.
*:how Il n'y a pas encore de bouton de suppression, nous écrire est donc la bonne démarche. J'ai fait la demande pour vous ; vous recevrez une confirmation sous 30 jours.
h Je suis sincèrement désolé{ae} que votre précédente demande n'ait pas été traitée. Je l'ai transmise en priorité à notre délégué à la protection des données : vos données seront supprimées sous 72 h et tous les envois sont déjà stoppés.
""")

ANSWERS["complaint"] = A("""
* Thank you for taking the time to tell us, and I'm sorry we let you down. I've shared your message with the team, and I've added a code, {gift_code}, to your account as an apology.
* I'm really sorry about your experience. I've read through your messages and I'll personally follow this up; you'll hear from me by tomorrow at the latest.
h You're right, and I apologise: that's not the service we want to give. I've now taken ownership of your case and will sort it out with you directly.
*:quality I'm sorry {the_prod} {isn't/aren't} up to standard. I've passed your feedback to our quality team and you can return it free of charge for a full refund.
*:driver That's completely unacceptable, I'm sorry. I've reported the driver to {carrier} with your order details so they can take action.
*:packaging Thank you for the feedback, you're right. We're replacing plastic fillers with paper from next month, and I've passed your comment on to the warehouse.
*:website Thanks for telling us, and sorry for the hassle. I've passed this on to our web team, who are working on a faster checkout right now.
""", """
* Merci d'avoir pris le temps de nous écrire, et désolé{ae} de vous avoir déçu{c}. J'ai transmis votre message à l'équipe et ajouté le code {gift_code} à votre compte pour nous excuser.
* Je suis vraiment navré{ae} de votre expérience. J'ai relu vos échanges et je suis personnellement votre dossier ; vous aurez de mes nouvelles demain au plus tard.
h Vous avez raison et je vous présente nos excuses : ce n'est pas le service que nous voulons vous offrir. Je prends votre dossier en charge et je le règle directement avec vous.
*:quality Désolé{ae} que {le_prod} ne {soit/soient} pas à la hauteur. J'ai transmis votre retour à notre équipe qualité, et vous pouvez nous le renvoyer gratuitement pour un remboursement complet.
*:driver C'est inacceptable, toutes nos excuses. J'ai signalé le livreur à {carrier} avec les détails de votre commande pour qu'ils prennent des mesures.
*:packaging Merci pour ce retour, vous avez raison. Nous remplaçons le calage plastique par du papier dès le mois prochain, et j'ai transmis votre remarque à l'entrepôt.
*:website Merci de nous le signaler, et désolé{ae} pour la gêne. J'ai transmis à notre équipe web, qui travaille justement sur un tunnel de commande plus rapide.
""")

ANSWERS["legal_threat"] = A("""
* I understand your frustration and I'm sorry it has come to this. I've escalated your case to our customer relations manager, who will contact you by email within 24 hours with a resolution.
* Thank you for your message. Your file has been passed to our customer relations department as a priority; they will review the full history of {order_ref} and reply to you in writing by tomorrow.
*:refund I understand your frustration. I've passed your case to our customer relations manager as a priority; they will review {order_ref} and contact you in writing within 24 hours with a resolution.
*:refund I'm sorry it has come to this. I've checked {order_ref} and you're right, {refund_ref} was overdue: it has been processed today and you'll receive written confirmation by email. I've also passed your message to our customer relations manager.
*:injury I'm so sorry to hear your child was hurt, and I hope they're OK. I've escalated this immediately to our product safety manager and our head of customer relations, who will contact you today. Please keep the product and don't use it again.
*:refund I'm sorry for the situation. I've reviewed {order_ref} and processed {refund_ref} today; you'll receive a written confirmation. If you'd still like to pursue a formal complaint, our customer relations team can be reached at relations@brindille.example.
""", """
* Je comprends votre exaspération et je regrette que nous en soyons arrivés là. J'ai transmis votre dossier à notre responsable relation client, qui vous contactera par e-mail sous 24 h avec une solution.
* Nous accusons bonne réception de votre message. Votre dossier a été transmis en priorité à notre service relation client, qui examinera l'historique complet de {order_ref} et vous répondra par écrit dès demain.
*:refund Je comprends votre exaspération. J'ai transmis votre dossier en priorité à notre responsable relation client, qui examinera {order_ref} et vous répondra par écrit sous 24 h avec une solution.
*:refund Je regrette que nous en soyons arrivés là. J'ai vérifié {order_ref} et vous avez raison, {refund_ref} aurait dû être fait depuis longtemps : il a été effectué aujourd'hui et vous recevrez une confirmation écrite par e-mail. J'ai également transmis votre message à notre responsable relation client.
*:injury Je suis sincèrement désolé{ae} d'apprendre que votre enfant a été blessé, j'espère qu'il va bien. J'ai transmis immédiatement votre message à notre responsable sécurité produit et à notre directrice de la relation client, qui vous contacteront aujourd'hui. Merci de conserver le produit et de ne plus l'utiliser.
*:refund Je suis désolé{ae} de cette situation. J'ai examiné {order_ref} et procédé à {refund_ref} aujourd'hui ; vous recevrez une confirmation écrite. Si vous souhaitez maintenir une réclamation formelle, notre service relation client est joignable à relations@brindille.example.
""")

ANSWERS["fraud"] = A("""
* Thank you for alerting us. I've blocked the order and the account for security, and cancelled the payment. Please also contact your bank so they can cancel the card; our fraud team will email you within 24 hours.
*:unknown I've found the order linked to your card and cancelled it before shipping, so it won't be delivered. Please ask your bank to block the card and dispute the charge; we'll confirm the cancellation to them in writing.
*:hacked I've locked your account and cancelled the order you didn't place. To restore access safely, we'll send a reset link to your original email once our fraud team has verified your identity.
*:phishing That message isn't from us: we never ask for payment by text or for your card details by email. Please don't click the link; you can report it to 7726 (UK) or 33700 (France).
*:fake That isn't us: our only website is brindille.example and we don't sell through Instagram shops. Please don't order there; we've reported the account.
*:giftcard I've frozen the gift card and started an investigation into the transactions. Our fraud team will restore the balance as soon as they've confirmed it wasn't used by you.
""", """
* Merci de nous avoir alertés. J'ai bloqué la commande et le compte par sécurité, et annulé le paiement. Contactez aussi votre banque pour faire opposition ; notre équipe fraude vous écrira sous 24 h.
*:unknown J'ai retrouvé la commande liée à votre carte et l'ai annulée avant expédition, elle ne sera pas livrée. Demandez à votre banque de faire opposition et de contester le débit ; nous leur confirmerons l'annulation par écrit.
*:hacked J'ai verrouillé votre compte et annulé la commande que vous n'avez pas passée. Pour rétablir l'accès en toute sécurité, nous enverrons un lien à votre adresse d'origine après vérification de votre identité par notre équipe fraude.
*:phishing Ce message ne vient pas de nous : nous ne demandons jamais de paiement par SMS ni vos coordonnées bancaires par e-mail. Ne cliquez pas sur le lien ; vous pouvez le signaler au 33700.
*:fake Ce site n'est pas le nôtre : notre seule boutique en ligne est brindille.example. Ne commandez pas dessus ; nous l'avons signalé.
*:giftcard J'ai gelé la carte cadeau et ouvert une enquête sur les transactions. Notre équipe fraude recréditera le solde dès qu'elle aura confirmé que ce n'était pas vous.
""")

ANSWERS["human_agent"] = A("""
* You're talking to a real person! I'm {agent}, how can I help?
* {agent} here from the customer care team. I've read the conversation so far; what can I do for you?
*:phone You can reach us on 0808 157 0192 (UK) or +33 1 99 00 41 27, Monday to Friday 9am to 6pm. Or tell me here and I'll sort it out straight away.
*:callback Of course. I've booked a callback for you tomorrow morning between 9 and 12 on {phone_ref}. If that doesn't suit, just tell me a better time.
h Sorry about the bot going round in circles. I'm {agent}, a real person, and I'll stay with you until this is sorted. What's going on?
""", """
* Vous parlez à une vraie personne ! Je m'appelle {agent}, comment puis-je vous aider ?
* Ici {agent}, du service client. J'ai lu la conversation, que puis-je faire pour vous ?
*:phone Vous pouvez nous joindre au 01 99 00 41 27 du lundi au vendredi de 9 h à 18 h. Ou dites-moi tout ici, je m'en occupe tout de suite.
*:callback Bien sûr. J'ai programmé un rappel demain matin entre 9 h et 12 h au {phone_ref}. Si l'horaire ne vous convient pas, dites-le-moi.
h Désolé{ae} pour le robot qui tourne en rond. Je suis {agent}, une vraie personne, et je reste avec vous jusqu'à ce que ce soit réglé. Que se passe-t-il ?
""")

ANSWERS["thanks"] = A("""
* You're very welcome! Have a lovely day.
* My pleasure, glad it's sorted! Don't hesitate if you need anything else.
* Thanks for letting us know, enjoy the rest of your week!
*:received So glad it arrived safely! Enjoy {your_prod}.
*:refund Great, thanks for confirming! Have a good day.
*:exchange Brilliant, glad the new size is right! Enjoy {your_prod}.
""", """
* Avec plaisir ! Très belle journée à vous.
* Je vous en prie, ravi{ae} que ce soit réglé ! N'hésitez pas si besoin.
* Merci pour votre retour, bonne fin de semaine !
*:received Ravi{ae} que le colis soit bien arrivé ! Profitez bien de {votre_prod}.
*:refund Parfait, merci de nous avoir confirmé ! Bonne journée.
*:exchange Super, ravi{ae} que la nouvelle taille convienne ! Profitez bien de {votre_prod}.
""")

APOLOGIES = {  # (mild, for ordinary requests; strong, for high/critical messages)
    "en": (["Sorry about that!", "Sorry for the trouble.", "Apologies for the inconvenience.",
            "Sorry for the hassle!"],
           ["I'm so sorry about this.", "I'm really sorry for the trouble.",
            "I completely understand your frustration, and I'm sorry.",
            "That's not the experience we want you to have, I'm sorry.",
            "Thank you for your patience, and I'm sorry for all this."]),
    "fr": (["Désolé{ae} pour ce souci !", "Toutes nos excuses pour ce contretemps.",
            "Désolé{ae} pour la gêne occasionnée.", "Pardon pour ce désagrément !"],
           ["Je suis vraiment désolé{ae} pour ce désagrément.",
            "Je comprends tout à fait votre agacement et j'en suis navré{ae}.",
            "Ce n'est pas l'expérience que nous souhaitons vous offrir, toutes mes excuses.",
            "Merci pour votre patience, et toutes mes excuses pour ces complications."])}
ANSWER_CLOSINGS = {
    "en": ["Let me know if there's anything else I can do.", "Anything else I can help with?", "Have a lovely day!",
           "Thanks for your patience.", "Feel free to reply here if you have any questions.", "", ""],
    "fr": ["Je reste à votre disposition.", "N'hésitez pas si vous avez la moindre question.",
           "Belle journée à vous !", "Bonne soirée !", "Je reste disponible si besoin.", "", ""]}
SIGNOFFS = {
    "en": ["{agent}\n{shop} Customer Care", "Best,\n{agent}", "Kind regards,\n{agent} – {shop}",
           "Thanks,\n{agent}", "Warm wishes,\n{agent} at {shop}"],
    "fr": ["{agent}\nService client {shop}", "Bien cordialement,\n{agent}", "Belle journée,\n{agent} – {shop}",
           "Cordialement,\n{agent}, service client {shop}"]}
GIFT_CODES = {"en": ["SORRY15", "THANKYOU10", "OOPS10"], "fr": ["DESOLE15", "MERCI10", "OUPS10"]}


# --------------------------------------------------------------------------------------------
# Approved answer templates (answers.csv): one per intent and language, sendable as they are
# --------------------------------------------------------------------------------------------

APPROVED = {
    "order_status": (
        "Thanks for your message! Your order is on its way: you'll find the tracking link in your shipping confirmation email, and you can also follow it under \"My orders\" in your account. If it hasn't moved for more than 3 working days, reply here and we'll chase the carrier for you.",
        "Merci pour votre message ! Votre commande est en route : le lien de suivi se trouve dans l'e-mail d'expédition, et vous pouvez aussi la suivre dans \"Mes commandes\" de votre compte. Si le suivi ne bouge plus depuis plus de 3 jours ouvrés, répondez-nous et nous relancerons le transporteur."),
    "delivery_delay": (
        "We're sorry your parcel is late. We've contacted the carrier to find out what's happening and will update you within 48 hours. If the parcel can't be found, we'll send a replacement or refund you in full, whichever you prefer.",
        "Nous sommes désolés pour ce retard de livraison. Nous avons contacté le transporteur pour comprendre ce qui se passe et revenons vers vous sous 48 h. Si le colis reste introuvable, nous vous renverrons la commande ou vous rembourserons intégralement, au choix."),
    "cancel_order": (
        "We can cancel an order as long as it hasn't left our warehouse. We've passed your request on; you'll receive a confirmation email, and the refund will reach your original payment method within 3 to 5 working days. If the parcel has already shipped, you can refuse it or return it free of charge.",
        "Nous pouvons annuler une commande tant qu'elle n'a pas quitté notre entrepôt. Votre demande a été transmise ; vous recevrez un e-mail de confirmation et le remboursement sous 3 à 5 jours ouvrés sur votre moyen de paiement. Si le colis est déjà parti, vous pouvez le refuser ou nous le retourner gratuitement."),
    "change_address": (
        "We can change the delivery address as long as the parcel hasn't shipped. Please reply with your order number and the full new address, including the postcode, and we'll update it and send you a confirmation.",
        "Nous pouvons modifier l'adresse de livraison tant que le colis n'est pas parti. Répondez-nous avec votre numéro de commande et la nouvelle adresse complète, code postal compris : nous la mettrons à jour et vous enverrons une confirmation."),
    "return_request": (
        "You can return any unworn item within 30 days of delivery. Go to \"My orders\" in your account, choose \"Return an item\" and print the free label, then drop the parcel at a post office or pickup point. We refund you within 5 working days of receiving it.",
        "Vous pouvez retourner tout article non porté dans les 30 jours suivant la livraison. Dans \"Mes commandes\", choisissez \"Retourner un article\", imprimez l'étiquette gratuite et déposez le colis en bureau de poste ou en point relais. Le remboursement intervient sous 5 jours ouvrés après réception."),
    "exchange_item": (
        "Exchanges for another size or colour are free. Click \"Exchange\" next to the item in \"My orders\", choose the new size or colour and print the prepaid label: we ship the new item as soon as your parcel is dropped off.",
        "Les échanges de taille ou de couleur sont gratuits. Cliquez sur \"Échanger\" à côté de l'article dans \"Mes commandes\", choisissez la nouvelle taille ou couleur et imprimez l'étiquette prépayée : nous expédions le nouvel article dès le dépôt de votre colis."),
    "refund_status": (
        "We refund returns within 48 hours of receiving them at our warehouse, and you get an email as soon as it's done. Your bank may then take 3 to 5 working days to show the money on your account. If it's been longer than that, reply with your order number and we'll check it straight away.",
        "Nous remboursons les retours sous 48 h après leur arrivée à l'entrepôt, et vous recevez un e-mail dès que c'est fait. Votre banque peut ensuite mettre 3 à 5 jours ouvrés à l'afficher. Si le délai est dépassé, envoyez-nous votre numéro de commande et nous vérifions immédiatement."),
    "damaged_item": (
        "We're very sorry your item arrived damaged. Please send us a photo of the item and the packaging with your order number, and we'll send a replacement or a full refund, whichever you prefer. There's no need to return the damaged item. If the item is electrical and has overheated or sparked, please stop using it and unplug it straight away.",
        "Nous sommes vraiment désolés que votre article soit arrivé endommagé. Envoyez-nous une photo de l'article et de l'emballage avec votre numéro de commande, et nous vous proposerons un remplacement ou un remboursement complet, au choix. Inutile de renvoyer l'article abîmé. S'il s'agit d'un appareil électrique qui a chauffé ou fait des étincelles, débranchez-le et cessez de l'utiliser immédiatement."),
    "wrong_item": (
        "We're sorry, it looks like there was a mistake when your order was packed. Please send us your order number and a photo of the item you received, and we'll ship the correct item by express at no cost, with a prepaid label to return the wrong one.",
        "Toutes nos excuses, il semble qu'une erreur se soit glissée lors de la préparation de votre commande. Envoyez-nous votre numéro de commande et une photo de l'article reçu : nous vous expédierons le bon article en express sans frais, avec une étiquette prépayée pour retourner l'autre."),
    "payment_failed": (
        "Sorry you're having trouble paying. Nothing is charged when a payment fails; any pending amount is released by your bank within a few days. Please try validating the payment in your banking app, or pay with PayPal or Apple Pay. If it still fails, reply here and we'll send you a secure payment link.",
        "Désolés pour ce souci de paiement. Rien n'est encaissé quand un paiement échoue ; un éventuel montant en attente est libéré par votre banque sous quelques jours. Essayez de valider le paiement depuis l'application de votre banque, ou payez avec PayPal ou Apple Pay. Si cela échoue encore, répondez-nous et nous vous enverrons un lien de paiement sécurisé."),
    "charged_twice": (
        "We're sorry about the double payment. Please send us your order number and, if possible, a screenshot of both transactions. If the second one is a duplicate, we'll refund it the same day; if it's only a pre-authorisation, your bank will release it automatically within a few days.",
        "Nous sommes désolés pour ce double débit. Envoyez-nous votre numéro de commande et, si possible, une capture des deux opérations. S'il s'agit d'un doublon, nous le remboursons le jour même ; si c'est une simple pré-autorisation, votre banque la libérera automatiquement sous quelques jours."),
    "invoice_request": (
        "You can download your invoice at any time from \"My orders\" in your account, once the order has shipped. If you need a company name or VAT number on it, reply with those details and your order number and we'll send you an updated invoice.",
        "Votre facture est téléchargeable à tout moment dans \"Mes commandes\" de votre compte, dès l'expédition. S'il vous faut une raison sociale ou un numéro de TVA, répondez-nous avec ces informations et votre numéro de commande, et nous vous enverrons une facture mise à jour."),
    "promo_code": (
        "Promo codes apply to full-price items only and one code can be used per order. Please check the code's minimum spend and expiry date in the email you received. If it still doesn't work, send us the code and your basket details and we'll help you apply it.",
        "Les codes promo s'appliquent aux articles à prix plein et un seul code est utilisable par commande. Vérifiez le montant minimum et la date de validité indiqués dans l'e-mail reçu. Si le code ne fonctionne toujours pas, envoyez-nous le code et le contenu de votre panier, nous vous aiderons à l'appliquer."),
    "product_question": (
        "Thanks for your question! You'll find the size guide, composition, care instructions and dimensions in the \"Details\" tab of each product page. If anything isn't covered there, tell us which product you're looking at and we'll get back to you the same day.",
        "Merci pour votre question ! Le guide des tailles, la composition, l'entretien et les dimensions figurent dans l'onglet \"Détails\" de chaque fiche produit. Si l'information n'y est pas, dites-nous de quel produit il s'agit et nous vous répondrons dans la journée."),
    "stock_availability": (
        "When an item or size is sold out, click \"Notify me\" on the product page and we'll email you as soon as it's back in stock. Most items are restocked within 2 to 4 weeks. We don't take pre-orders.",
        "Quand un article ou une taille est en rupture, cliquez sur \"Me prévenir\" sur la fiche produit et nous vous enverrons un e-mail dès son retour en stock. La plupart des articles sont réassortis sous 2 à 4 semaines. Nous ne prenons pas de précommande."),
    "shipping_info": (
        "We deliver across the EU, the UK, Switzerland and Norway. Standard delivery takes 2 to 4 working days and is free from €60; express next-day delivery costs €9.90 for orders placed before 1pm. Duties are included for UK orders.",
        "Nous livrons dans toute l'Union européenne, au Royaume-Uni, en Suisse et en Norvège. La livraison standard prend 2 à 4 jours ouvrés et elle est offerte dès 60 € ; l'express en 24 h coûte 9,90 € pour toute commande passée avant 13 h."),
    "account_access": (
        "Sorry you can't get into your account. Please use \"Forgot password\" on the login page and check your spam folder for the reset email. If your account is locked or you no longer have access to your email address, reply with your full name and postcode and we'll restore access for you.",
        "Désolés que vous ne puissiez pas accéder à votre compte. Utilisez \"Mot de passe oublié\" sur la page de connexion et vérifiez vos spams pour l'e-mail de réinitialisation. Si votre compte est bloqué ou que vous n'avez plus accès à votre adresse e-mail, répondez-nous avec vos nom et code postal et nous rétablirons l'accès."),
    "gdpr_deletion": (
        "We've received your request. Your account and personal data will be deleted within 30 days and you'll receive a confirmation email. You've also been unsubscribed from all marketing. We keep invoices only, as required by law.",
        "Nous avons bien reçu votre demande. Votre compte et vos données personnelles seront supprimés sous 30 jours et vous recevrez un e-mail de confirmation. Vous êtes également désinscrit de toutes nos communications. Seules les factures sont conservées, comme la loi l'exige."),
    "complaint": (
        "Thank you for taking the time to tell us, and we're sorry we let you down. Your message has been passed to the team concerned and a member of our customer care team will get back to you personally within 24 hours.",
        "Merci d'avoir pris le temps de nous écrire, et désolés de vous avoir déçu. Votre message a été transmis à l'équipe concernée et un membre du service client reviendra vers vous personnellement sous 24 h."),
    "legal_threat": (
        "We have received your message and passed your case to our customer relations department as a priority. A manager will review the full history of your order and contact you in writing within 24 hours.",
        "Nous accusons réception de votre message et avons transmis votre dossier en priorité à notre service relation client. Un responsable examinera l'historique complet de votre commande et vous répondra par écrit sous 24 h."),
    "fraud": (
        "Thank you for alerting us. For your security we have blocked the order and the account concerned, and our fraud team will contact you within 24 hours. Please also contact your bank to block your card. We never ask for payment or card details by text message or email.",
        "Merci de nous avoir alertés. Par sécurité, nous avons bloqué la commande et le compte concernés, et notre équipe fraude vous contactera sous 24 h. Pensez aussi à faire opposition auprès de votre banque. Nous ne demandons jamais de paiement ni de coordonnées bancaires par SMS ou par e-mail."),
    "human_agent": (
        "Of course, a member of our customer care team will take over this conversation shortly. We're available Monday to Friday from 9am to 6pm; outside those hours we'll reply first thing the next working day.",
        "Bien sûr, un conseiller va prendre le relais de cette conversation dans quelques instants. Nous sommes disponibles du lundi au vendredi de 9 h à 18 h ; en dehors de ces horaires, nous vous répondrons dès le jour ouvré suivant."),
    "thanks": (
        "You're very welcome! Don't hesitate to get in touch if you need anything else. Have a lovely day.",
        "Avec plaisir ! N'hésitez pas à nous écrire si vous avez besoin de quoi que ce soit. Très belle journée à vous."),
}


# --------------------------------------------------------------------------------------------
# Out-of-scope messages (never used for training): things this shop does not handle
# --------------------------------------------------------------------------------------------

OUT_OF_SCOPE = {
    "job_application": ("""
Hi, I'd like to apply for the warehouse operative job I saw on Indeed. My CV is attached
Are you hiring for Christmas? I'm a student looking for [weekend|seasonal|part-time] work
Hello, please find attached my CV and cover letter for the [customer service advisor|junior buyer|social media] position
Do you have any internships in [marketing|e-commerce|design] starting in September?
I sent my application two weeks ago for the [packer|team leader] role in {city}, have you had a chance to look at it?
Good afternoon, I'm a [UX designer|developer|photographer] with 6 years' experience and would love to join your team. Portfolio link below
what's the salary for the warehouse job and are the shifts nights or days
Could you forward my CV to HR? I have 10 years in retail management
Is the job interview on Thursday in person or on Teams?
I'm interested in your graduate scheme, when do applications open?
Hello, do you accept apprentices? I'm finishing a diploma in logistics
I worked at your Lille showroom last summer, can I come back this year?
""", """
Bonjour, je vous envoie ma candidature spontanée pour un poste de [vendeuse|préparateur de commandes|conseiller client]
Vous recrutez pour les fêtes ? Je suis étudiante et dispo tous les week-ends
Je cherche un stage de [6 mois|4 mois] en [marketing digital|communication|achat] à partir de janvier, vous prenez des stagiaires ?
Bonjour, suite à l'annonce sur Welcome to the Jungle, voici mon CV pour le poste de [chef de projet e-commerce|graphiste]
J'ai postulé il y a trois semaines pour l'entrepôt de {city} et pas de réponse, ma candidature a été retenue ?
C'est combien le salaire pour préparateur de commandes ? Et les horaires ?
Je voudrais faire mon alternance chez vous, à qui dois-je envoyer mon dossier ?
L'entretien de jeudi, c'est en visio ou sur place ?
"""),
    "partnership": ("""
Hi! I'm a lifestyle creator with [40k|120k|15k] followers on Instagram and would love to collaborate with your brand
We run a concept store in [Ghent|Dublin|Brighton] and are interested in stocking your products. Could you send your wholesale price list?
Hello, I'm the founder of a sustainable [candle|ceramics|knitwear] brand and would love to be sold on your website
Are you open to affiliate partnerships? We run a deals website with 2M monthly visitors
I'm a TikToker, can you send me free clothes in exchange for a video?
We'd like to propose a co-branded capsule collection for next autumn. Who should I talk to?
Hello, I'm a sales rep for a packaging supplier, can I send you our catalogue of eco-friendly mailer boxes?
Our agency manages 50 micro-influencers in the UK, would you like a media kit?
Do you do bulk orders for corporate gifts? We'd need 300 branded mugs
Hi, we're a Dutch furniture brand looking for European retail partners. Who handles buying?
Would you like to sponsor our charity fun run in May? We offer logo placement on all t-shirts
Hello! I run a vintage clothing pop-up and would love to do a collab event in your showroom
""", """
Bonjour, je suis créatrice de contenu ([35k|80k|12k] abonnés) et j'aimerais collaborer avec votre marque
Nous avons une boutique de déco à [Nantes|Annecy|Bruxelles] et souhaiterions revendre vos produits, pouvez-vous m'envoyer vos tarifs revendeurs ?
Je suis créatrice de bijoux et j'aimerais être référencée sur votre site, comment faire ?
Hello, on est une agence d'influence, on vous propose une campagne avec 20 influenceuses lifestyle
Vous cherchez des fournisseurs ? Nous fabriquons du linge de maison au Portugal
Proposition de partenariat : jeu concours commun sur Instagram ?
Bonjour, je suis commercial pour une société d'emballages recyclés, je peux vous envoyer une offre ?
Nous organisons un marché de créateurs à Lille en décembre, ça vous dirait de prendre un stand ?
"""),
    "other_company": ("""
My [Ryanair|easyJet|Aer Lingus] flight was cancelled, how do I get a refund?
Why is my [Vodafone|EE|Three] bill so high this month??
How do I unblock my [Revolut|Monzo|AIB] card? The app says it's frozen
My Amazon parcel says delivered but it's not here
Can you help me port my number to [O2|Vodafone]?
Hi, is this Royal Mail? I missed a delivery and need to rebook it
I need to change my Netflix password but I can't access the email
My Deliveroo order never came and they won't refund me
How do I cancel my gym membership at PureGym?
Is this the Vinted support? The seller never sent my item
Why has Spotify charged me twice this month?
My Ryanair boarding pass won't download, can you send it again?
""", """
Mon vol [Air France|Transavia|easyJet] a été annulé, comment je me fais rembourser ?
Pourquoi ma facture [Orange|SFR|Free] a doublé ce mois-ci ?
Ma banque a bloqué ma carte à l'étranger, vous pouvez la débloquer ?
C'est bien le service client de la Poste ? J'ai un recommandé à récupérer
Mon colis Vinted est bloqué depuis 10 jours, vous pouvez relancer le vendeur ?
Comment je résilie mon abonnement Canal+ ?
Bonjour, ma box [Bouygues|Free|SFR] ne marche plus depuis hier, vous pouvez envoyer un technicien ?
Ma commande Uber Eats n'est jamais arrivée
"""),
    "advice": ("""
Is it safe to take ibuprofen and paracetamol together?
My landlord won't give me my deposit back, what are my rights?
How do I declare freelance income on my tax return?
My son has had a fever for three days, should I take him to A&E?
Can my employer make me work on a bank holiday without extra pay?
What's the best way to get rid of a rash on my hands? I think it's eczema
Do I need a lawyer to write a will?
How much tax do I pay if I sell my flat?
Can you recommend a good dermatologist in {city}?
My dog ate some chocolate, should I be worried?
Is it legal for my neighbour to put a camera facing my garden?
I think I have a UTI, can I get antibiotics without seeing a doctor?
""", """
Est-ce qu'on peut prendre de l'ibuprofène et du paracétamol en même temps ?
Mon propriétaire refuse de me rendre ma caution, qu'est-ce que je peux faire ?
Comment déclarer mes revenus d'auto-entrepreneur aux impôts ?
Ma fille a 39 de fièvre depuis deux jours, je dois aller aux urgences ?
Mon employeur peut-il m'obliger à travailler le 1er mai ?
Je divorce, est-ce que je dois prendre un avocat ?
Combien d'impôts je vais payer si je vends mon appartement ?
Mon chien a mangé du chocolat, c'est grave ?
"""),
    "tech_support": ("""
My laptop won't boot after the Windows update, it's stuck on the logo
My wifi keeps dropping every evening, is it the router?
How do I reset my iPhone to factory settings?
Excel keeps crashing when I open a big file, any ideas?
My printer says 'offline' but it's plugged in and on the network
I forgot my Gmail password and the recovery phone is my old number
how do i install whatsapp on my new laptop
My PS5 controller won't pair anymore
My phone storage is full but I've deleted all my photos, why?
The blue screen of death keeps showing up on my PC
My AirPods only play in one ear, how do I fix that?
Zoom says my camera is being used by another app, help
""", """
Mon ordi portable ne démarre plus depuis la mise à jour Windows
Ma box internet clignote rouge depuis ce matin, je fais quoi ?
Comment réinitialiser mon iPhone aux paramètres d'usine ?
Word plante à chaque fois que j'ouvre un document
Mon imprimante est "hors ligne" alors qu'elle est allumée
J'ai oublié le mot de passe de ma boîte mail Orange
Comment transférer mes photos de mon téléphone vers mon ordi ?
Ma télé ne capte plus la TNT depuis hier
"""),
    "small_talk": ("""
what's the weather like in {city} tomorrow?
tell me a joke
are you a robot?
Do you like cats or dogs?
who will win the match tonight?
lol are you single
What's the capital of Australia?
I'm bored, talk to me
Happy new year to the whole team!! 🎉
what time is it in New York right now
Can you recommend a good series on Netflix?
what's your favourite colour?
""", """
il fait quel temps à {city} demain ?
raconte moi une blague
t'es un robot ou pas ?
Tu préfères les chats ou les chiens ?
Qui va gagner le match ce soir ?
Quelle heure est-il à Montréal ?
je m'ennuie, parle moi
Bonne année à toute l'équipe !! 🥂
"""),
    "booking": ("""
Hi, I'd like to book a table for [2|4|6] on Friday at 8pm
Do you have a double room available on the [14th|21st] for two nights?
Can you book me a flight to Lisbon next weekend?
I need a taxi to the airport tomorrow at 5am
Is the restaurant open on Sunday lunchtime? We'd like to come with a baby
I'd like to cancel my hotel reservation for next Tuesday
Can I book a massage for two on Saturday afternoon?
Do you still have tickets for the concert on the 12th?
Could I book a haircut for Thursday at 6?
Do you have a room with a sea view for the bank holiday weekend?
I'd like to reserve two seats on the 9:15 train to London, is that you?
Can I change my dentist appointment from Monday to Wednesday?
""", """
Bonjour, je voudrais réserver une table pour [2|4|6] personnes samedi soir
Vous avez une chambre double de libre le [14|21] pour deux nuits ?
Vous pouvez me réserver un billet de train Paris-Lyon pour vendredi ?
Je voudrais annuler ma réservation à l'hôtel pour mardi prochain
Le restaurant est ouvert le dimanche midi ?
Il reste des places pour le spectacle du 12 ?
Je peux prendre rendez-vous chez le coiffeur jeudi à 18h ?
Vous faites encore des places pour le brunch de dimanche ?
"""),
    "press": ("""
Hello, I'm a journalist at [The Irish Times|the Guardian|Which?] writing a piece on fast fashion returns. Could I speak to someone from your press team?
Hi, I'm producing a podcast episode about small e-commerce brands, would your founder be available for an interview?
We're compiling a gift guide for December, could you send high-res images and prices of your bestsellers?
I'm a student journalist researching sustainable packaging, could I ask you a few questions?
Could you comment on the recent reports about delivery drivers' working conditions?
Who handles media requests? I'd like to feature your brand in our Sunday supplement
Hi, I'm a radio producer at BBC Radio Manchester, would someone from your team come on air to talk about Black Friday?
I write a newsletter about independent brands, can I get a quote from your founder on sustainability?
Hello, we're filming a documentary about parcel returns, could we visit your warehouse?
Is there a press kit with your logo and company figures?
I'm a fashion blogger writing about French brands, can you confirm when the company was founded?
We'd like to include you in our 'best online homeware shops' list, can you send us a short description?
""", """
Bonjour, je suis journaliste au [Parisien|Monde|Figaro Madame] et je prépare un article sur la seconde main, pourrais-je interviewer quelqu'un ?
Nous préparons un guide cadeaux de Noël, pouvez-vous nous envoyer des visuels HD et les prix ?
Je réalise un reportage pour France 3 sur les entreprises du e-commerce du Nord, seriez-vous disponibles ?
Quel est le contact presse de la marque svp ?
Bonjour, étudiante en journalisme, je fais un mémoire sur la livraison gratuite, puis-je vous poser quelques questions ?
Bonjour, je suis journaliste pour une radio locale, quelqu'un pourrait-il intervenir en direct sur le Black Friday ?
Auriez-vous un dossier de presse avec les chiffres de l'entreprise ?
Je tiens un blog sur les marques françaises, pouvez-vous me dire en quelle année la marque a été créée ?
"""),
    "spam": ("""
Earn $5,000 a week trading Bitcoin from home! DM me for details
Congratulations! You've won an iPhone 15, click here to claim your prize
SEO services: we can get your site to #1 on Google in 30 days, guaranteed
Hi dear, I am a widow with $4.5 million to transfer, I need your help
Buy 10,000 Instagram followers for only $9.99!!!
Your website has 47 critical errors. Reply for a free audit
Invest in our new crypto token before it goes live, 100x guaranteed
We sell verified email lists of 2 million decision makers
URGENT: your domain expires today, renew now to avoid losing it
Hot singles in your area want to meet you!!
Get a business loan of $50,000 approved in 24 hours, no credit check
We can write 100 five-star reviews for your business, cheap prices
""", """
Gagnez 3000€ par semaine depuis chez vous grâce au trading crypto !!
Félicitations, vous avez gagné un iPhone 15, cliquez ici pour le récupérer
Référencement Google : première page en 30 jours garantie
Achetez 10 000 abonnés Instagram pour 9,99 € seulement
Votre site présente 32 erreurs critiques, répondez pour un audit gratuit
Investissez dans notre nouveau token avant son lancement, rendement garanti
URGENT : votre nom de domaine expire aujourd'hui, renouvelez-le maintenant
Prêt entre particuliers sans frais de dossier, réponse en 24h
"""),
    "car": ("""
My car makes a grinding noise when I brake, is it safe to drive?
How much would car insurance be for a 2015 Fiesta?
I need a quote to fix a crack in my windscreen
My engine warning light came on, what does it mean?
Can I book my car in for an MOT next week?
Someone hit my car in a car park, how do I claim on their insurance?
My tyre pressure light keeps coming on even after filling them
Do you do car servicing on Saturdays?
My clutch feels really heavy, how much does a replacement cost?
Can you recommend a good garage in {city}?
My car won't start in the cold, is it the battery?
How do I transfer my car insurance to a new vehicle?
""", """
Ma voiture fait un bruit de frottement quand je freine, c'est dangereux ?
Combien coûte l'assurance pour une Clio de 2016 ?
J'ai un impact sur mon pare-brise, vous pouvez me faire un devis ?
Le voyant moteur s'est allumé, ça veut dire quoi ?
Je voudrais prendre rendez-vous pour le contrôle technique
On m'a accroché ma voiture sur un parking, comment je fais pour l'assurance ?
Ma batterie de voiture est à plat, vous pouvez venir me dépanner ?
Combien coûte un changement d'embrayage sur une Peugeot 208 ?
"""),
}
