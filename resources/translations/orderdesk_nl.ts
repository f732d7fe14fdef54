<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>AddressSection</name>
        <message>
            <source>First name</source>
            <translation>Voornaam</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Achternaam</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Bedrijf</translation>
        </message>
        <message>
            <source>Street and number</source>
            <translation>Straat en huisnummer</translation>
        </message>
        <message>
            <source>Address line 2</source>
            <translation>Adresregel 2</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>State / province</source>
            <translation>Provincie / staat</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>&amp;First name</source>
            <translation>V&amp;oornaam</translation>
        </message>
        <message>
            <source>&amp;Last name</source>
            <translation>&amp;Achternaam</translation>
        </message>
        <message>
            <source>St&amp;reet and number</source>
            <translation>St&amp;raat en huisnummer</translation>
        </message>
        <message>
            <source>C&amp;ity</source>
            <translation>&amp;Plaats</translation>
        </message>
        <message>
            <source>Co&amp;untry</source>
            <translation>&amp;Land</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>OrderDesk cannot open the team's journal, where drafts and sent orders are kept, so the window did not start and nothing was sent.

{0}

To work on this desk's own journal instead, run: orderdesk journal use sqlite</source>
            <translation>OrderDesk kan het logboek van het team, waarin concepten en verzonden bestellingen staan, niet openen. Daarom is het venster niet gestart en is er niets verzonden.

{0}

Om met het eigen logboek van deze balie te werken: orderdesk journal use sqlite</translation>
        </message>
        <message>
            <source>OrderDesk cannot open its journal, where drafts and sent orders are kept, so the window did not start.

{0}

To start with an empty journal, close OrderDesk everywhere and move {1} aside (rename it or put it in another folder), together with {2}-wal and {2}-shm if they are there. Keep the moved files for support; OrderDesk has not changed them.</source>
            <translation>OrderDesk kan zijn logboek niet openen, waarin concepten en verzonden bestellingen staan, dus het venster is niet gestart.

{0}

Om met een leeg logboek te beginnen: sluit OrderDesk overal en zet {1} opzij (geef het een andere naam of verplaats het naar een andere map), samen met {2}-wal en {2}-shm als die er zijn. Bewaar de verplaatste bestanden voor de support; OrderDesk heeft ze niet gewijzigd.</translation>
        </message>
        <message>
            <source>OrderDesk cannot start</source>
            <translation>OrderDesk kan niet starten</translation>
        </message>
    </context>
    <context>
        <name>Autosaver</name>
        <message>
            <source>Saving the order…</source>
            <translation>De bestelling wordt bewaard…</translation>
        </message>
        <message>
            <source>The draft could not be set aside: {0}</source>
            <translation>Het concept kon niet opzij worden gezet: {0}</translation>
        </message>
        <message>
            <source>The journal has not answered within {0} seconds.</source>
            <translation>Het logboek heeft binnen {0} seconden niet geantwoord.</translation>
        </message>
        <message>
            <source>The draft could not be saved: {0}</source>
            <translation>Het concept kon niet worden bewaard: {0}</translation>
        </message>
    </context>
    <context>
        <name>BodyFiles</name>
        <message>
            <source>{0}: an order body is a JSON object, this file holds {1}</source>
            <translation>{0}: een bestelling is een JSON-object, dit bestand bevat een {1}</translation>
        </message>
    </context>
    <context>
        <name>BulkRetry</name>
        <message>
            <source>created</source>
            <translation>aangemaakt</translation>
        </message>
        <message>
            <source>already there</source>
            <translation>was er al</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>geweigerd</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>mislukt</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <source>not authorised</source>
            <translation>geen toegang</translation>
        </message>
        <message>
            <source>Not sent: refused before sending because of {0}. Open it in the form to fix them.</source>
            <translation>Niet verzonden: vóór het verzenden geweigerd vanwege {0}. Open haar in het formulier om dat te verbeteren.</translation>
        </message>
        <message>
            <source>the API gave no reason</source>
            <translation>de API gaf geen reden</translation>
        </message>
        <message>
            <source>Rejected: {0}</source>
            <translation>Geweigerd: {0}</translation>
        </message>
        <message>
            <source>{0} to {1}: {2}</source>
            <translation>{0} naar {1}: {2}</translation>
        </message>
        <message>
            <source>not in the journal</source>
            <translation>niet in het logboek</translation>
        </message>
        <message>
            <source>already at the API</source>
            <translation>al bij de API</translation>
        </message>
        <message>
            <source>being sent right now</source>
            <translation>worden nu verstuurd</translation>
        </message>
        <message>
            <source>its profile no longer exists</source>
            <translation>het profiel bestaat niet meer</translation>
        </message>
        <message>
            <source>its profile now talks to another API</source>
            <translation>het profiel praat nu met een andere API</translation>
        </message>
        <message>
            <source>rejected and not changed since</source>
            <translation>geweigerd en sindsdien niet gewijzigd</translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) will be sent:</source>
            <translation>
                <numerusform>%n bestelling wordt verstuurd:</numerusform>
                <numerusform>%n bestellingen worden verstuurd:</numerusform>
            </translation>
        </message>
        <message>
            <source>No order will be sent.</source>
            <translation>Er wordt geen bestelling verstuurd.</translation>
        </message>
        <message numerus="yes">
            <source>{0} ({1}): %n order(s)</source>
            <translation>
                <numerusform>{0} ({1}): %n bestelling</numerusform>
                <numerusform>{0} ({1}): %n bestellingen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n batch request(s)</source>
            <translation>
                <numerusform>in %n batchverzoek</numerusform>
                <numerusform>in %n batchverzoeken</numerusform>
            </translation>
        </message>
        <message>
            <source>{0} looked up first</source>
            <translation>{0} eerst opgezocht</translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) will not be sent: {0}.</source>
            <translation>
                <numerusform>%n bestelling wordt niet verstuurd: {0}.</numerusform>
                <numerusform>%n bestellingen worden niet verstuurd: {0}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Send orders again</source>
            <translation>Bestellingen opnieuw versturen</translation>
        </message>
        <message>
            <source>An order looked up first was perhaps created by an earlier attempt: it is sent only if the API does not have it.</source>
            <translation>Een bestelling die eerst wordt opgezocht, is misschien al door een eerdere poging aangemaakt: ze wordt alleen verstuurd als de API haar nog niet heeft.</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Send %n order(s)</source>
            <translation>
                <numerusform>%n bestelling &amp;versturen</numerusform>
                <numerusform>%n bestellingen &amp;versturen</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Sending orders again</source>
            <translation>Bestellingen worden opnieuw verstuurd</translation>
        </message>
        <message numerus="yes">
            <source>Sending %n order(s) again…</source>
            <translation>
                <numerusform>%n bestelling wordt opnieuw verstuurd…</numerusform>
                <numerusform>%n bestellingen worden opnieuw verstuurd…</numerusform>
            </translation>
        </message>
        <message>
            <source>%v of %m</source>
            <translation>%v van %m</translation>
        </message>
        <message>
            <source>Waiting for the first answer…</source>
            <translation>Wachten op het eerste antwoord…</translation>
        </message>
        <message>
            <source>Orders that do not go through are listed here.</source>
            <translation>Bestellingen die niet lukken, komen hier te staan.</translation>
        </message>
        <message>
            <source>Stop after the orders already on their way; no further order is sent</source>
            <translation>Stoppen na de bestellingen die al onderweg zijn; er wordt geen bestelling meer verstuurd</translation>
        </message>
        <message>
            <source>{0} of {1} done: {2}</source>
            <translation>{0} van {1} klaar: {2}</translation>
        </message>
        <message>
            <source>Stopping: the orders already on their way finish and are journaled; no further order is sent…</source>
            <translation>Bezig met stoppen: de bestellingen die al onderweg zijn, worden afgemaakt en in het logboek gezet; er wordt geen bestelling meer verstuurd…</translation>
        </message>
        <message numerus="yes">
            <source>Stopped. %n order(s) not sent; they stay in the outbox as they were.</source>
            <translation>
                <numerusform>Gestopt. %n bestelling is niet verstuurd; ze blijft ongewijzigd bij de verzonden bestellingen.</numerusform>
                <numerusform>Gestopt. %n bestellingen zijn niet verstuurd; ze blijven ongewijzigd bij de verzonden bestellingen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Done: all %n order(s) at their API now.</source>
            <translation>
                <numerusform>Klaar: de bestelling staat nu bij haar API.</numerusform>
                <numerusform>Klaar: alle %n bestellingen staan nu bij hun API.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Done. %n order(s) did not go through: see below. Open a rejected order in the form to fix it.</source>
            <translation>
                <numerusform>Klaar. %n bestelling is niet gelukt: zie hieronder. Open een geweigerde bestelling in het formulier om haar te verbeteren.</numerusform>
                <numerusform>Klaar. %n bestellingen zijn niet gelukt: zie hieronder. Open een geweigerde bestelling in het formulier om haar te verbeteren.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was sent.</source>
            <translation>Er is niets verstuurd.</translation>
        </message>
        <message>
            <source>The orders could not be read from the journal ({0}: {1}).</source>
            <translation>De bestellingen konden niet uit het logboek worden gelezen ({0}: {1}).</translation>
        </message>
        <message>
            <source>Sending stopped with an unexpected problem. The orders not sent yet stay in the outbox as they were.</source>
            <translation>Het versturen is gestopt door een onverwacht probleem. De bestellingen die nog niet verstuurd zijn, blijven ongewijzigd bij de verzonden bestellingen.</translation>
        </message>
        <message>
            <source>Cannot send again</source>
            <translation>Opnieuw versturen lukt niet</translation>
        </message>
    </context>
    <context>
        <name>Catalogue</name>
        <message>
            <source>C&amp;atalogue</source>
            <translation>&amp;Catalogus</translation>
        </message>
        <message>
            <source>&amp;Import products from CSV…</source>
            <translation>Producten &amp;importeren uit CSV…</translation>
        </message>
        <message>
            <source>&amp;Pull products from BigCommerce…</source>
            <translation>Producten &amp;ophalen uit BigCommerce…</translation>
        </message>
        <message>
            <source>Filled in {0} with their last address.</source>
            <translation>{0} ingevuld met het laatst gebruikte adres.</translation>
        </message>
        <message>
            <source>Import products</source>
            <translation>Producten importeren</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Importing {0}…</source>
            <translation>{0} wordt geïmporteerd…</translation>
        </message>
        <message>
            <source>Nothing was imported: {0}</source>
            <translation>Er is niets geïmporteerd: {0}</translation>
        </message>
        <message>
            <source>Imported {0} products ({1} new, {2} updated).</source>
            <translation>{0} producten geïmporteerd ({1} nieuw, {2} bijgewerkt).</translation>
        </message>
        <message>
            <source>line {0}: {1}</source>
            <translation>regel {0}: {1}</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more line(s)</source>
            <translation>
                <numerusform>… en nog %n regel</numerusform>
                <numerusform>… en nog %n regels</numerusform>
            </translation>
        </message>
        <message>
            <source>Left out:</source>
            <translation>Overgeslagen:</translation>
        </message>
        <message>
            <source>Pull products</source>
            <translation>Producten ophalen</translation>
        </message>
        <message>
            <source>Add a BigCommerce profile first (Order ▸ Manage profiles).</source>
            <translation>Voeg eerst een BigCommerce-profiel toe (Bestelling ▸ Profielen beheren).</translation>
        </message>
        <message>
            <source>From the BigCommerce profile:</source>
            <translation>Uit het BigCommerce-profiel:</translation>
        </message>
        <message>
            <source>Asking BigCommerce for its first page…</source>
            <translation>De eerste pagina wordt bij BigCommerce opgevraagd…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Page {0} of {1}: {2} products</source>
            <translation>Pagina {0} van {1}: {2} producten</translation>
        </message>
        <message>
            <source>The pull did not start: {0}</source>
            <translation>Het ophalen is niet begonnen: {0}</translation>
        </message>
        <message>
            <source>Pulled {0} products from {1} pages.</source>
            <translation>{0} producten opgehaald van {1} pagina's.</translation>
        </message>
        <message>
            <source>Cancelled; kept {0} products from {1} pages.</source>
            <translation>Afgebroken; {0} producten van {1} pagina's bewaard.</translation>
        </message>
        <message>
            <source>It stopped early: {0}</source>
            <translation>Het is eerder gestopt: {0}</translation>
        </message>
    </context>
    <context>
        <name>CatalogueService</name>
        <message>
            <source>The catalogue cannot be searched: {0}</source>
            <translation>In de catalogus kan niet worden gezocht: {0}</translation>
        </message>
        <message>
            <source>Earlier customers cannot be read: {0}</source>
            <translation>Eerdere klanten kunnen niet worden gelezen: {0}</translation>
        </message>
    </context>
    <context>
        <name>Core</name>
        <message>
            <source>the API answered with an error</source>
            <translation>de API antwoordde met een fout</translation>
        </message>
        <message>
            <source>no answer, the order may have arrived</source>
            <translation>geen antwoord, de bestelling is misschien toch aangekomen</translation>
        </message>
        <message>
            <source>not sent, the API never saw it</source>
            <translation>niet verstuurd, de API heeft haar nooit gezien</translation>
        </message>
        <message>
            <source>{title} cannot look orders up, so sending again could make this order twice. Check the {title} dashboard, then say what you found with Outbox ▸ Mark resolved… (or 'orderdesk outbox resolve ID --created REF' or '--not-created'); an order that is not there is then sent by Send again. To send it at once instead, save the order as a {title} body (Ctrl+S) and send it with 'orderdesk submit FILE --profile {profile} --force'.</source>
            <translation>{title} kan geen bestellingen opzoeken, dus opnieuw versturen kan deze bestelling dubbel aanmaken. Kijk in het dashboard van {title} en leg vast wat u vond met Verzonden bestellingen ▸ Als afgehandeld markeren… (of 'orderdesk outbox resolve ID --created REF' of '--not-created'); een bestelling die er niet is, wordt dan met Opnieuw versturen verstuurd. Wilt u haar meteen versturen, bewaar de bestelling dan als {title}-body (Ctrl+S) en verstuur die met 'orderdesk submit BESTAND --profile {profile} --force'.</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Aangemaakt</translation>
        </message>
        <message>
            <source>Already there (sent before, not created twice)</source>
            <translation>Was er al (eerder verstuurd, niet dubbel aangemaakt)</translation>
        </message>
        <message>
            <source>Created ({reason})</source>
            <translation>Aangemaakt ({reason})</translation>
        </message>
        <message>
            <source>Already there (sent before, not created twice) ({reason})</source>
            <translation>Was er al (eerder verstuurd, niet dubbel aangemaakt) ({reason})</translation>
        </message>
        <message>
            <source>Created — reference {reference}</source>
            <translation>Aangemaakt — referentie {reference}</translation>
        </message>
        <message>
            <source>Already there — reference {reference} (sent before, not created twice)</source>
            <translation>Was er al — referentie {reference} (eerder verstuurd, niet dubbel aangemaakt)</translation>
        </message>
        <message>
            <source>Created — reference {reference} ({reason})</source>
            <translation>Aangemaakt — referentie {reference} ({reason})</translation>
        </message>
        <message>
            <source>Already there — reference {reference} (sent before, not created twice) ({reason})</source>
            <translation>Was er al — referentie {reference} (eerder verstuurd, niet dubbel aangemaakt) ({reason})</translation>
        </message>
        <message>
            <source>Rejected: {count} problem</source>
            <translation>Geweigerd: {count} probleem</translation>
        </message>
        <message>
            <source>Rejected: {count} problems</source>
            <translation>Geweigerd: {count} problemen</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Geweigerd</translation>
        </message>
        <message>
            <source>Not authorised: {reason}</source>
            <translation>Geen toegang: {reason}</translation>
        </message>
        <message>
            <source>Not authorised: The API refused the key. Check the profile under Order ▸ Manage profiles.</source>
            <translation>Geen toegang: de API weigerde de sleutel. Controleer het profiel onder Bestelling ▸ Profielen beheren.</translation>
        </message>
        <message>
            <source>Failed — {how}: {reason}</source>
            <translation>Mislukt — {how}: {reason}</translation>
        </message>
        <message>
            <source>Failed — {how}: the API did not take the order</source>
            <translation>Mislukt — {how}: de API heeft de bestelling niet aangenomen</translation>
        </message>
        <message>
            <source>Failed — {how} (can be sent again): {reason}</source>
            <translation>Mislukt — {how} (kan opnieuw worden verstuurd): {reason}</translation>
        </message>
        <message>
            <source>Failed — {how} (can be sent again): the API did not take the order</source>
            <translation>Mislukt — {how} (kan opnieuw worden verstuurd): de API heeft de bestelling niet aangenomen</translation>
        </message>
        <message>
            <source>Unknown — {how}: {reason}</source>
            <translation>Onbekend — {how}: {reason}</translation>
        </message>
        <message>
            <source>Unknown — {how}: the order may or may not exist</source>
            <translation>Onbekend — {how}: de bestelling bestaat misschien wel of niet</translation>
        </message>
        <message>
            <source>There is no order {order} in the journal.</source>
            <translation>Er staat geen bestelling {order} in het logboek.</translation>
        </message>
        <message>
            <source>{profile} has it already (reference {reference}).</source>
            <translation>{profile} heeft haar al (referentie {reference}).</translation>
        </message>
        <message>
            <source>{profile} has it already (reference not given).</source>
            <translation>{profile} heeft haar al (geen referentie gegeven).</translation>
        </message>
        <message>
            <source>It is being sent right now; wait for its outcome.</source>
            <translation>Ze wordt nu verstuurd; wacht de uitkomst af.</translation>
        </message>
        <message>
            <source>No profile is called '{profile}' any more.</source>
            <translation>Er is geen profiel meer dat '{profile}' heet.</translation>
        </message>
        <message>
            <source>Profile '{profile}' now sends to {api}; the order was sent to another API.</source>
            <translation>Profiel '{profile}' verstuurt nu naar {api}; de bestelling ging naar een andere API.</translation>
        </message>
        <message>
            <source>It was rejected and has not been changed since: correct it first.</source>
            <translation>Ze is geweigerd en sindsdien niet gewijzigd: verbeter haar eerst.</translation>
        </message>
    </context>
    <context>
        <name>CountryCombo</name>
        <message>
            <source>Name or code</source>
            <translation>Naam of code</translation>
        </message>
    </context>
    <context>
        <name>DayEdit</name>
        <message>
            <source>“{0}” is not a day: write it as {1}</source>
            <translation>“{0}” is geen datum: schrijf hem als {1}</translation>
        </message>
    </context>
    <context>
        <name>DestinationLabel</name>
        <message>
            <source>Tick a profile under Send to</source>
            <translation>Vink een profiel aan onder Verzenden naar</translation>
        </message>
        <message>
            <source>{0} and {1}</source>
            <translation>{0} en {1}</translation>
        </message>
        <message>
            <source>Send to {0}</source>
            <translation>Verzenden naar {0}</translation>
        </message>
    </context>
    <context>
        <name>DraftsDialog</name>
        <message>
            <source>Saved</source>
            <translation>Bewaard</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>Bestelnummer</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Klant</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Regels</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
        <message>
            <source>(no customer yet)</source>
            <translation>(nog geen klant)</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>Concepten</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Openen</translation>
        </message>
        <message>
            <source>Put this draft on the Order page (Enter); the order there stays in the journal</source>
            <translation>Dit concept op het tabblad Bestelling zetten (Enter); de bestelling die daar staat, blijft in het logboek</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Verwijderen…</translation>
        </message>
        <message>
            <source>Delete this draft for good (Delete)</source>
            <translation>Dit concept definitief verwijderen (Delete)</translation>
        </message>
        <message>
            <source>Orders typed but never sent, newest first.</source>
            <translation>Ingevoerde bestellingen die nooit verstuurd zijn, nieuwste eerst.</translation>
        </message>
        <message>
            <source>Reading the drafts…</source>
            <translation>Concepten worden gelezen…</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>Bezig met openen…</translation>
        </message>
        <message>
            <source>this draft</source>
            <translation>dit concept</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>Concept verwijderen</translation>
        </message>
        <message>
            <source>Delete the draft for {0}? It cannot be brought back.</source>
            <translation>Het concept voor {0} verwijderen? Het kan niet worden teruggehaald.</translation>
        </message>
        <message>
            <source>The journal could not be read or written: {0}</source>
            <translation>Het logboek kon niet worden gelezen of geschreven: {0}</translation>
        </message>
        <message>
            <source>That draft was sent or deleted meanwhile; it stays as it is.</source>
            <translation>Dat concept is intussen verstuurd of verwijderd; het blijft zoals het is.</translation>
        </message>
        <message>
            <source>No drafts: every order typed so far was sent.</source>
            <translation>Geen concepten: elke ingevoerde bestelling is verstuurd.</translation>
        </message>
    </context>
    <context>
        <name>ErrorSummary</name>
        <message>
            <source>Nothing to check yet: tick a profile under Send to</source>
            <translation>Nog niets te controleren: vink een profiel aan onder Verzenden naar</translation>
        </message>
        <message>
            <source>Ne&amp;xt problem</source>
            <translation>Volgend problee&amp;m</translation>
        </message>
        <message>
            <source>Go to the next error or warning (F8)</source>
            <translation>Naar de volgende fout of waarschuwing (F8)</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s) to fix before sending</source>
            <translation>
                <numerusform>%n fout te verbeteren voor het verzenden</numerusform>
                <numerusform>%n fouten te verbeteren voor het verzenden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n waarschuwing</numerusform>
                <numerusform>%n waarschuwingen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s); the order can be sent</source>
            <translation>
                <numerusform>%n waarschuwing; de bestelling kan worden verzonden</numerusform>
                <numerusform>%n waarschuwingen; de bestelling kan worden verzonden</numerusform>
            </translation>
        </message>
        <message>
            <source>No problems found</source>
            <translation>Geen problemen gevonden</translation>
        </message>
    </context>
    <context>
        <name>ExtrasPanel</name>
        <message>
            <source>{0} settings</source>
            <translation>Instellingen voor {0}</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(niet ingesteld)</translation>
        </message>
    </context>
    <context>
        <name>FieldSlot</name>
        <message>
            <source>Required by {0}</source>
            <translation>Verplicht voor {0}</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message>
            <source>Required</source>
            <translation>Verplicht</translation>
        </message>
        <message>
            <source>Add at least one product line</source>
            <translation>Voeg minstens één productregel toe</translation>
        </message>
        <message>
            <source>Not a field of this API</source>
            <translation>Geen veld van deze API</translation>
        </message>
        <message>
            <source>Must be text</source>
            <translation>Moet tekst zijn</translation>
        </message>
        <message>
            <source>Must be a whole number</source>
            <translation>Moet een heel getal zijn</translation>
        </message>
        <message>
            <source>Must be true or false</source>
            <translation>Moet waar of onwaar zijn</translation>
        </message>
        <message>
            <source>Must be an object</source>
            <translation>Moet een object zijn</translation>
        </message>
        <message>
            <source>Must be a list</source>
            <translation>Moet een lijst zijn</translation>
        </message>
        <message>
            <source>Has the wrong type</source>
            <translation>Heeft het verkeerde type</translation>
        </message>
        <message>
            <source>Must not be empty</source>
            <translation>Mag niet leeg zijn</translation>
        </message>
        <message>
            <source>Too large</source>
            <translation>Te groot</translation>
        </message>
        <message>
            <source>Must be a number</source>
            <translation>Moet een getal zijn</translation>
        </message>
        <message>
            <source>Must be a number or text</source>
            <translation>Moet een getal of tekst zijn</translation>
        </message>
        <message>
            <source>At most two decimals</source>
            <translation>Hoogstens twee decimalen</translation>
        </message>
        <message>
            <source>Must not be negative</source>
            <translation>Mag niet negatief zijn</translation>
        </message>
        <message>
            <source>Not a valid e-mail address</source>
            <translation>Geen geldig e-mailadres</translation>
        </message>
        <message>
            <source>Not a valid URL (http:// or https://)</source>
            <translation>Geen geldige URL (http:// of https://)</translation>
        </message>
        <message>
            <source>Not an ISO 3166 two-letter country code (NL, US...)</source>
            <translation>Geen landcode van twee letters volgens ISO 3166 (NL, BE...)</translation>
        </message>
        <message>
            <source>Must be a number (or a number written as text)</source>
            <translation>Moet een getal zijn (of een getal als tekst)</translation>
        </message>
        <message>
            <source>Not a BigCommerce order status (0 to 14)</source>
            <translation>Geen orderstatus van BigCommerce (0 tot en met 14)</translation>
        </message>
        <message>
            <source>Not a date like Tue, 20 Nov 2012 00:00:00 +0000</source>
            <translation>Geen datum zoals Tue, 20 Nov 2012 00:00:00 +0000</translation>
        </message>
        <message>
            <source>Not a locale like en, en-US or es-419</source>
            <translation>Geen taalcode zoals nl, nl-NL of es-419</translation>
        </message>
        <message>
            <source>Set by BigCommerce: leave it out</source>
            <translation>Wordt door BigCommerce ingevuld: laat het weg</translation>
        </message>
        <message>
            <source>Not a date (YYYY-MM-DD) or date and time (YYYY-MM-DD HH:MM:SS)</source>
            <translation>Geen datum (JJJJ-MM-DD) of datum en tijd (JJJJ-MM-DD UU:MM:SS)</translation>
        </message>
        <message>
            <source>Must be 0 (pending), 1 (success) or 2 (failed)</source>
            <translation>Moet 0 (in behandeling), 1 (gelukt) of 2 (mislukt) zijn</translation>
        </message>
        <message>
            <source>Must be a number (digits only)</source>
            <translation>Moet een getal zijn (alleen cijfers)</translation>
        </message>
        <message>
            <source>A date as DD-MM-YYYY (07-11-2025)</source>
            <translation>Een datum als DD-MM-JJJJ (07-11-2025)</translation>
        </message>
        <message>
            <source>A GTIN-13 code: exactly 13 digits</source>
            <translation>Een GTIN-13-code: precies 13 cijfers</translation>
        </message>
        <message>
            <source>Must be at least 24 hours after the invitation</source>
            <translation>Moet minstens 24 uur na de uitnodiging komen</translation>
        </message>
        <message>
            <source>Required (the country or its ISO code)</source>
            <translation>Verplicht (het land of de ISO-code)</translation>
        </message>
        <message>
            <source>Only one pickup per order</source>
            <translation>Maar één afhaling per bestelling</translation>
        </message>
        <message>
            <source>Required (or display_name_merchant)</source>
            <translation>Verplicht (of display_name_merchant)</translation>
        </message>
        <message>
            <source>Needs at least two of cost_ex_tax, cost_inc_tax and cost_tax</source>
            <translation>Heeft minstens twee van cost_ex_tax, cost_inc_tax en cost_tax nodig</translation>
        </message>
        <message>
            <source>Not allowed with products or shipping addresses: an order is shipped or picked up</source>
            <translation>Niet toegestaan samen met producten of afleveradressen: een bestelling wordt verzonden of afgehaald</translation>
        </message>
        <message>
            <source>Either id, ean or sku is required</source>
            <translation>Een id, ean of sku is verplicht</translation>
        </message>
        <message>
            <source>Required for a B2C order (or invoiceAddress and deliveryAddress)</source>
            <translation>Verplicht voor een B2C-bestelling (of invoiceAddress en deliveryAddress)</translation>
        </message>
        <message>
            <source>Required for a B2C order: it holds the customer's e-mail</source>
            <translation>Verplicht voor een B2C-bestelling: hierin staat het e-mailadres van de klant</translation>
        </message>
        <message>
            <source>An order must be a JSON object</source>
            <translation>Een bestelling moet een JSON-object zijn</translation>
        </message>
        <message>
            <source>Dropday refused the order</source>
            <translation>Dropday heeft de bestelling geweigerd</translation>
        </message>
        <message>
            <source>BigCommerce refused the order without saying why</source>
            <translation>BigCommerce heeft de bestelling geweigerd zonder te zeggen waarom</translation>
        </message>
        <message>
            <source>Feedback Company refused the order without saying why</source>
            <translation>Feedback Company heeft de bestelling geweigerd zonder te zeggen waarom</translation>
        </message>
        <message>
            <source>A negative price is unusual</source>
            <translation>Een negatieve prijs is ongebruikelijk</translation>
        </message>
        <message>
            <source>A negative price</source>
            <translation>Een negatieve prijs</translation>
        </message>
        <message>
            <source>A negative shipping cost is unusual</source>
            <translation>Negatieve verzendkosten zijn ongebruikelijk</translation>
        </message>
        <message>
            <source>A weekend may bring it within 24 hours of the invitation</source>
            <translation>Door een weekend kan het binnen 24 uur na de uitnodiging vallen</translation>
        </message>
        <message>
            <source>Before orderDate</source>
            <translation>Vóór orderDate</translation>
        </message>
        <message>
            <source>BigCommerce keeps only one of ip_address and ip_address_v6</source>
            <translation>BigCommerce bewaart maar één van ip_address en ip_address_v6</translation>
        </message>
        <message>
            <source>BigCommerce's reference calls this read-only: it may be ignored</source>
            <translation>De documentatie van BigCommerce noemt dit alleen-lezen: het kan genegeerd worden</translation>
        </message>
        <message>
            <source>Empty voucher code</source>
            <translation>Lege kortingscode</translation>
        </message>
        <message>
            <source>Expected attributeName_elementName</source>
            <translation>Verwacht attributeName_elementName</translation>
        </message>
        <message>
            <source>Given twice</source>
            <translation>Twee keer opgegeven</translation>
        </message>
        <message>
            <source>Less than 1</source>
            <translation>Minder dan 1</translation>
        </message>
        <message>
            <source>Missing: use address when invoice and delivery are the same</source>
            <translation>Ontbreekt: gebruik address als factuur- en afleveradres gelijk zijn</translation>
        </message>
        <message>
            <source>More than price_inc_tax</source>
            <translation>Meer dan price_inc_tax</translation>
        </message>
        <message>
            <source>More than the authorized amount</source>
            <translation>Meer dan het geautoriseerde bedrag</translation>
        </message>
        <message>
            <source>No products</source>
            <translation>Geen producten</translation>
        </message>
        <message>
            <source>Not a valid EAN/GTIN: wrong length or check digit</source>
            <translation>Geen geldige EAN/GTIN: verkeerde lengte of controlecijfer</translation>
        </message>
        <message>
            <source>Not a valid EAN: wrong length or check digit</source>
            <translation>Geen geldige EAN: verkeerde lengte of controlecijfer</translation>
        </message>
        <message>
            <source>Only used in B2C orders; accountId makes this a B2B order</source>
            <translation>Alleen gebruikt bij B2C-bestellingen; door accountId is dit een B2B-bestelling</translation>
        </message>
        <message>
            <source>Send either address or invoiceAddress and deliveryAddress, not both</source>
            <translation>Stuur address óf invoiceAddress en deliveryAddress, niet allebei</translation>
        </message>
        <message>
            <source>Should be more than 0</source>
            <translation>Hoort meer dan 0 te zijn</translation>
        </message>
        <message>
            <source>Should not be negative</source>
            <translation>Hoort niet negatief te zijn</translation>
        </message>
        <message>
            <source>Spelled as in BigCommerce's own example; the field is cost_ex_tax</source>
            <translation>Gespeld zoals in het eigen voorbeeld van BigCommerce; het veld heet cost_ex_tax</translation>
        </message>
        <message>
            <source>The check digit (the last digit) is wrong</source>
            <translation>Het controlecijfer (het laatste cijfer) klopt niet</translation>
        </message>
        <message>
            <source>Usually a positive number</source>
            <translation>Meestal een positief getal</translation>
        </message>
        <message>
            <source>Usually a whole number</source>
            <translation>Meestal een heel getal</translation>
        </message>
        <message>
            <source>Usually at least 1</source>
            <translation>Meestal minstens 1</translation>
        </message>
        <message>
            <source>Usually needed to ship</source>
            <translation>Meestal nodig om te verzenden</translation>
        </message>
        <message>
            <source>Usually needed: BigCommerce's minimum order has a state</source>
            <translation>Meestal nodig: de minimale bestelling van BigCommerce heeft een staat/provincie</translation>
        </message>
        <message>
            <source>Without id the order is not marked with a payment type</source>
            <translation>Zonder id krijgt de bestelling geen betaalwijze</translation>
        </message>
        <message>
            <source>Not sent to Centra: its Order API has no such field</source>
            <translation>Niet naar Centra gestuurd: de Order API heeft zo'n veld niet</translation>
        </message>
        <message>
            <source>Lower than unitPrice: the price before discount is usually higher</source>
            <translation>Lager dan unitPrice: de prijs vóór korting is meestal hoger</translation>
        </message>
        <message>
            <source>At most {0} characters</source>
            <translation>Hoogstens {0} tekens</translation>
        </message>
        <message>
            <source>At least {0} characters</source>
            <translation>Minstens {0} tekens</translation>
        </message>
        <message>
            <source>At most {0} items</source>
            <translation>Hoogstens {0} items</translation>
        </message>
        <message>
            <source>At least {0} items</source>
            <translation>Minstens {0} items</translation>
        </message>
        <message>
            <source>Must be one of {0}</source>
            <translation>Moet een van deze zijn: {0}</translation>
        </message>
        <message>
            <source>Must be at least {0}</source>
            <translation>Moet minstens {0} zijn</translation>
        </message>
        <message>
            <source>Must be more than {0}</source>
            <translation>Moet meer dan {0} zijn</translation>
        </message>
        <message>
            <source>Must be at most {0}</source>
            <translation>Moet hoogstens {0} zijn</translation>
        </message>
        <message>
            <source>Required when {0} is given</source>
            <translation>Verplicht als {0} is ingevuld</translation>
        </message>
        <message>
            <source>Must be the same as {0}</source>
            <translation>Moet gelijk zijn aan {0}</translation>
        </message>
        <message>
            <source>More than {0}</source>
            <translation>Meer dan {0}</translation>
        </message>
        <message>
            <source>Names {0}, but country_iso2 is {1}</source>
            <translation>Noemt {0}, maar country_iso2 is {1}</translation>
        </message>
        <message>
            <source>Not the products plus shipping ({0})</source>
            <translation>Niet de producten plus verzending ({0})</translation>
        </message>
        <message>
            <source>Not the same as shipping_cost ({0})</source>
            <translation>Niet gelijk aan shipping_cost ({0})</translation>
        </message>
        <message>
            <source>Not used: {0} is given</source>
            <translation>Niet gebruikt: {0} is opgegeven</translation>
        </message>
        <message>
            <source>Products, costs and discount add up to {0}</source>
            <translation>Producten, kosten en korting komen samen op {0}</translation>
        </message>
        <message>
            <source>Required for a B2B order ({0} given)</source>
            <translation>Verplicht voor een B2B-bestelling ({0} opgegeven)</translation>
        </message>
        <message>
            <source>Same as in {0}: Centra refuses the second</source>
            <translation>Hetzelfde als in {0}: Centra weigert de tweede</translation>
        </message>
        <message>
            <source>The products add up to {0}</source>
            <translation>De producten komen samen op {0}</translation>
        </message>
        <message>
            <source>Usually given together with {0}</source>
            <translation>Meestal samen opgegeven met {0}</translation>
        </message>
        <message>
            <source>Usually required for {0}</source>
            <translation>Meestal verplicht voor {0}</translation>
        </message>
    </context>
    <context>
        <name>JournalDamageNotice</name>
        <message>
            <source>Journal damaged: nothing is saved or sent</source>
            <translation>Logboek beschadigd: er wordt niets bewaard of verstuurd</translation>
        </message>
        <message>
            <source>OrderDesk found its journal, where drafts and sent orders are kept, damaged. From now on nothing is saved in it and no order is sent, so the order on screen lives only in this window: to keep it, save it with Order ▸ Save as API body… (Ctrl+S).

{0}</source>
            <translation>OrderDesk heeft zijn logboek, waarin concepten en verzonden bestellingen staan, beschadigd aangetroffen. Vanaf nu wordt er niets meer in bewaard en geen bestelling verstuurd, dus de bestelling op het scherm bestaat alleen in dit venster: bewaar haar met Bestelling ▸ Opslaan als API-body… (Ctrl+S).

{0}</translation>
        </message>
        <message>
            <source>The journal is damaged</source>
            <translation>Het logboek is beschadigd</translation>
        </message>
    </context>
    <context>
        <name>JournalReachNotice</name>
        <message>
            <source>Team journal unreachable: nothing is sent until it is back</source>
            <translation>Logboek van het team onbereikbaar: er wordt niets verzonden tot het terug is</translation>
        </message>
        <message>
            <source>{0}

What you type stays in the form and is saved in the journal as soon as it can be reached.</source>
            <translation>{0}

Wat u typt blijft in het formulier staan en wordt in het logboek bewaard zodra dat weer bereikbaar is.</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Taal</translation>
        </message>
        <message>
            <source>As the system ({0})</source>
            <translation>Zoals het systeem ({0})</translation>
        </message>
        <message>
            <source>The window speaks {0} from the next start.</source>
            <translation>Vanaf de volgende start is de taal van het venster {0}.</translation>
        </message>
    </context>
    <context>
        <name>LineProblems</name>
        <message>
            <source>Line {0}</source>
            <translation>Regel {0}</translation>
        </message>
        <message>
            <source>Problems in the product lines</source>
            <translation>Problemen in de productregels</translation>
        </message>
        <message>
            <source>Enter or a click puts the cursor in that cell</source>
            <translation>Enter of een klik zet de cursor in die cel</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more: F8 goes to each</source>
            <translation>
                <numerusform>… en nog %n: F8 gaat naar elk</numerusform>
                <numerusform>… en nog %n: F8 gaat naar elk</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LinesModel</name>
        <message>
            <source>Product ID</source>
            <translation>Product-ID</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>EAN</source>
            <translation>EAN</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Stukprijs</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
        <message>
            <source>Product URL</source>
            <translation>Product-URL</translation>
        </message>
        <message>
            <source>Image URL</source>
            <translation>Afbeeldings-URL</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>Merk</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Leverancier</translation>
        </message>
    </context>
    <context>
        <name>LinesView</name>
        <message>
            <source>Tab moves to the next cell; Tab at the end starts a new line. Ctrl+Tab leaves the table.</source>
            <translation>Tab gaat naar de volgende cel; Tab aan het eind begint een nieuwe regel. Ctrl+Tab verlaat de tabel.</translation>
        </message>
        <message>
            <source>&amp;Add line</source>
            <translation>Regel &amp;toevoegen</translation>
        </message>
        <message>
            <source>D&amp;uplicate lines</source>
            <translation>Regels dupliceren</translation>
        </message>
        <message>
            <source>Delete lines</source>
            <translation>Regels verwijderen</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Omhoog</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Omlaag</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopiëren</translation>
        </message>
        <message>
            <source>Paste lines</source>
            <translation>Regels plakken</translation>
        </message>
        <message>
            <source>Clear cells</source>
            <translation>Cellen leegmaken</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n line(s)</source>
            <translation>
                <numerusform>%n regel verwijderd</numerusform>
                <numerusform>%n regels verwijderd</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to paste: copy rows from a spreadsheet first</source>
            <translation>Niets te plakken: kopieer eerst rijen uit een spreadsheet</translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n line(s)</source>
            <translation>
                <numerusform>%n regel geplakt</numerusform>
                <numerusform>%n regels geplakt</numerusform>
            </translation>
        </message>
        <message>
            <source>line {0} {1}</source>
            <translation>regel {0} {1}</translation>
        </message>
        <message>
            <source>; kept as pasted, not a number: {0}</source>
            <translation>; geen getal, blijft staan zoals geplakt: {0}</translation>
        </message>
        <message>
            <source>{0} is not in the catalogue: it stays on line {1}; type the rest by hand</source>
            <translation>{0} staat niet in de catalogus: het blijft op regel {1}; vul de rest zelf in</translation>
        </message>
        <message>
            <source>Added {0}</source>
            <translation>{0} toegevoegd</translation>
        </message>
        <message>
            <source>One more {0}: {1} on line {2}</source>
            <translation>Nog een {0}: {1} op regel {2}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Orders sent: find the ones that did not go through, fix them, send them again (Ctrl+2)</source>
            <translation>Verzonden bestellingen: vind wat niet gelukt is, verbeter het en verstuur het opnieuw (Ctrl+2)</translation>
        </message>
        <message>
            <source>Reopened the order you were typing.</source>
            <translation>De bestelling waar u mee bezig was, is weer geopend.</translation>
        </message>
        <message>
            <source>&amp;Submit</source>
            <translation>Ver&amp;zenden</translation>
        </message>
        <message>
            <source>Send the order to every ticked profile (Ctrl+Return)</source>
            <translation>De bestelling naar elk aangevinkt profiel versturen (Ctrl+Return)</translation>
        </message>
        <message>
            <source>The journal can be reached again; what you type is saved there.</source>
            <translation>Het logboek is weer bereikbaar; wat u typt wordt daar bewaard.</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Bestelling</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>Verzonden bestellingen</translation>
        </message>
        <message>
            <source>Type an order and send it (Ctrl+1)</source>
            <translation>Een bestelling invoeren en verzenden (Ctrl+1)</translation>
        </message>
        <message>
            <source>&amp;Order</source>
            <translation>&amp;Bestelling</translation>
        </message>
        <message>
            <source>&amp;New order</source>
            <translation>&amp;Nieuwe bestelling</translation>
        </message>
        <message>
            <source>&amp;Open API body…</source>
            <translation>API-body &amp;openen…</translation>
        </message>
        <message>
            <source>&amp;Drafts…</source>
            <translation>&amp;Concepten…</translation>
        </message>
        <message>
            <source>&amp;Save as API body…</source>
            <translation>Op&amp;slaan als API-body…</translation>
        </message>
        <message>
            <source>Su&amp;bmit</source>
            <translation>Ver&amp;zenden</translation>
        </message>
        <message>
            <source>Next &amp;problem</source>
            <translation>Volgend &amp;probleem</translation>
        </message>
        <message>
            <source>&amp;Manage profiles…</source>
            <translation>Profielen &amp;beheren…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Beel&amp;d</translation>
        </message>
        <message>
            <source>Out&amp;box</source>
            <translation>&amp;Verzonden bestellingen</translation>
        </message>
        <message>
            <source>Sen&amp;d to</source>
            <translation>&amp;Verzenden naar</translation>
        </message>
        <message>
            <source>No profiles yet: add the APIs this shop sends orders to.</source>
            <translation>Nog geen profielen: voeg de API's toe waar deze winkel bestellingen naartoe stuurt.</translation>
        </message>
        <message>
            <source>Mana&amp;ge profiles…</source>
            <translation>Profielen be&amp;heren…</translation>
        </message>
        <message>
            <source>Order &amp;number</source>
            <translation>Be&amp;stelnummer</translation>
        </message>
        <message>
            <source>Your order number</source>
            <translation>Uw bestelnummer</translation>
        </message>
        <message>
            <source>Shop</source>
            <translation>Winkel</translation>
        </message>
        <message>
            <source>Your shop's name</source>
            <translation>De naam van uw winkel</translation>
        </message>
        <message>
            <source>Test order (not to be fulfilled)</source>
            <translation>Testbestelling (niet uitleveren)</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Klant</translation>
        </message>
        <message>
            <source>Na&amp;me</source>
            <translation>&amp;Naam</translation>
        </message>
        <message>
            <source>Who placed the order</source>
            <translation>Wie de bestelling plaatste</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>For confirmations, reviews</source>
            <translation>Voor bevestigingen en reviews</translation>
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation>Tele&amp;foon</translation>
        </message>
        <message>
            <source>Shipping address</source>
            <translation>Afleveradres</translation>
        </message>
        <message>
            <source>Billing address</source>
            <translation>Factuuradres</translation>
        </message>
        <message>
            <source>&amp;Billing address same as shipping</source>
            <translation>Factuuradres &amp;gelijk aan afleveradres</translation>
        </message>
        <message>
            <source>&amp;Products</source>
            <translation>Prod&amp;ucten</translation>
        </message>
        <message>
            <source>Paste rows copied from a spreadsheet with Ctrl+V</source>
            <translation>Plak rijen uit een spreadsheet met Ctrl+V</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totalen</translation>
        </message>
        <message>
            <source>Shipping &amp;cost</source>
            <translation>Verzend&amp;kosten</translation>
        </message>
        <message>
            <source>Subtotal</source>
            <translation>Subtotaal</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>Opmerk&amp;ingen</translation>
        </message>
        <message>
            <source>Delivery instructions, what was agreed on the phone…</source>
            <translation>Bezorginstructies, wat er aan de telefoon is afgesproken…</translation>
        </message>
        <message>
            <source>The opened order stated a total of {0}; it is sent as stated.</source>
            <translation>De geopende bestelling vermeldde een totaal van {0}; dat wordt zo verstuurd.</translation>
        </message>
        <message>
            <source>Nothing to fix.</source>
            <translation>Niets te verbeteren.</translation>
        </message>
        <message>
            <source>New order started; the previous one goes into the journal as soon as it can be reached. Keep OrderDesk open until then.</source>
            <translation>Nieuwe bestelling begonnen; de vorige gaat het logboek in zodra dat bereikbaar is. Laat OrderDesk tot dan open.</translation>
        </message>
        <message>
            <source>New order started; the previous one is kept in the journal.</source>
            <translation>Nieuwe bestelling begonnen; de vorige blijft in het logboek.</translation>
        </message>
        <message>
            <source>the draft</source>
            <translation>het concept</translation>
        </message>
        <message>
            <source>Opened the draft for {0}; the previous order is kept in the journal.</source>
            <translation>Het concept voor {0} is geopend; de vorige bestelling blijft in het logboek.</translation>
        </message>
        <message>
            <source>Opened {0} as a {1} order.</source>
            <translation>{0} geopend als {1}-bestelling.</translation>
        </message>
        <message>
            <source>Saved {0} as a {1} body.</source>
            <translation>{0} bewaard als {1}-body.</translation>
        </message>
        <message>
            <source>Open an API order body</source>
            <translation>Een API-body van een bestelling openen</translation>
        </message>
        <message>
            <source>JSON (*.json);;All files (*)</source>
            <translation>JSON (*.json);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Cannot open</source>
            <translation>Openen lukt niet</translation>
        </message>
        <message>
            <source>Open as</source>
            <translation>Openen als</translation>
        </message>
        <message>
            <source>Which API is this body for?</source>
            <translation>Voor welke API is deze body?</translation>
        </message>
        <message>
            <source>This file is not a {0} order: {1}</source>
            <translation>Dit bestand is geen {0}-bestelling: {1}</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Opslaan als</translation>
        </message>
        <message>
            <source>Save the order as the body of which API?</source>
            <translation>De bestelling opslaan als body voor welke API?</translation>
        </message>
        <message>
            <source>Save as API body</source>
            <translation>Opslaan als API-body</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>Cannot save</source>
            <translation>Opslaan lukt niet</translation>
        </message>
        <message>
            <source>Submit sends the order on the Order page: go there first (Ctrl+1).</source>
            <translation>Verzenden verstuurt de bestelling op het tabblad Bestelling: ga daar eerst heen (Ctrl+1).</translation>
        </message>
        <message>
            <source>Not sent: the order is still being put on the form. Submit again once it is.</source>
            <translation>Niet verzonden: de bestelling wordt nog in het formulier gezet. Verzend opnieuw zodra ze er staat.</translation>
        </message>
        <message>
            <source>Tick at least one profile under Send to.</source>
            <translation>Vink minstens één profiel aan onder Verzenden naar.</translation>
        </message>
        <message>
            <source>Still sending; the results appear below.</source>
            <translation>Nog bezig met verzenden; de resultaten verschijnen hieronder.</translation>
        </message>
        <message>
            <source>{0} for {1}</source>
            <translation>{0} voor {1}</translation>
        </message>
        <message>
            <source>Not sent: fix the errors first ({0}).</source>
            <translation>Niet verzonden: verbeter eerst de fouten ({0}).</translation>
        </message>
        <message>
            <source>Sending to {0}…</source>
            <translation>Verzenden naar {0}…</translation>
        </message>
        <message>
            <source>{0} server</source>
            <translation>server van {0}</translation>
        </message>
        <message>
            <source>Sending finished: see Results.</source>
            <translation>Verzenden klaar: zie Resultaten.</translation>
        </message>
        <message>
            <source>Opening the order…</source>
            <translation>De bestelling wordt geopend…</translation>
        </message>
        <message>
            <source>The order could not be opened: {0}</source>
            <translation>De bestelling kon niet worden geopend: {0}</translation>
        </message>
        <message>
            <source>the order</source>
            <translation>de bestelling</translation>
        </message>
        <message>
            <source>Opened {0}; its profile {1} no longer exists: tick where to send it.</source>
            <translation>{0} geopend; het profiel {1} bestaat niet meer: vink aan waar de bestelling heen moet.</translation>
        </message>
        <message>
            <source>Opened {0} ({1} at {2}): fix what is marked, then Submit sends it again.</source>
            <translation>{0} geopend ({1} bij {2}): verbeter wat gemarkeerd is, dan verstuurt Verzenden de bestelling opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>Numbers</name>
        <message>
            <source>“{text}” is not a number</source>
            <translation>“{text}” is geen getal</translation>
        </message>
        <message>
            <source>“{text}” could mean two amounts: write {plain} or {with_decimals}</source>
            <translation>“{text}” kan twee bedragen betekenen: schrijf {plain} of {with_decimals}</translation>
        </message>
        <message>
            <source>“{text}” is not written as a number in this language: did you mean {suggestion}?</source>
            <translation>“{text}” is in deze taal niet als getal geschreven: bedoelt u {suggestion}?</translation>
        </message>
        <message>
            <source>At most {decimals} decimals</source>
            <translation>Hoogstens {decimals} decimalen</translation>
        </message>
        <message>
            <source>Only a whole number</source>
            <translation>Alleen een heel getal</translation>
        </message>
        <message>
            <source>D</source>
            <translation>D</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>Y</source>
            <translation>J</translation>
        </message>
    </context>
    <context>
        <name>OutboxModel</name>
        <message>
            <source>✖ Failed</source>
            <translation>✖ Mislukt</translation>
        </message>
        <message>
            <source>✖ Rejected</source>
            <translation>✖ Geweigerd</translation>
        </message>
        <message>
            <source>? Unknown</source>
            <translation>? Onbekend</translation>
        </message>
        <message>
            <source>✖ Not authorised</source>
            <translation>✖ Geen toegang</translation>
        </message>
        <message>
            <source>✔ Sent</source>
            <translation>✔ Verzonden</translation>
        </message>
        <message>
            <source>… Sending</source>
            <translation>… Wordt verzonden</translation>
        </message>
        <message>
            <source>Sending did not go through (a server error, a rate limit, no answer or no connection). Sending it again is safe.</source>
            <translation>Het versturen is niet gelukt (een serverfout, een limiet, geen antwoord of geen verbinding). Opnieuw versturen is veilig.</translation>
        </message>
        <message>
            <source>The API refused what the order says. Open it in the form: its errors are next to the inputs. Fix them, then Submit.</source>
            <translation>De API weigerde wat er in de bestelling staat. Open haar in het formulier: de fouten staan bij de velden. Verbeter ze en kies Verzenden.</translation>
        </message>
        <message>
            <source>Sent, but no answer arrived: the order may or may not exist at the API. Sending it again looks it up first, so it is never created twice.</source>
            <translation>Verstuurd, maar er kwam geen antwoord: de bestelling bestaat misschien wel of niet bij de API. Opnieuw versturen zoekt haar eerst op, dus ze wordt nooit dubbel aangemaakt.</translation>
        </message>
        <message>
            <source>The API refused the profile's key. Fix the profile (Order ▸ Manage profiles), then send it again.</source>
            <translation>De API weigerde de sleutel van het profiel. Verbeter het profiel (Bestelling ▸ Profielen beheren) en verstuur opnieuw.</translation>
        </message>
        <message>
            <source>The API has the order.</source>
            <translation>De API heeft de bestelling.</translation>
        </message>
        <message>
            <source>Being sent right now.</source>
            <translation>Wordt nu verstuurd.</translation>
        </message>
        <message>
            <source>API error</source>
            <translation>API-fout</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>geen antwoord</translation>
        </message>
        <message>
            <source>not sent</source>
            <translation>niet verstuurd</translation>
        </message>
        <message>
            <source>The API answered with an error (a server error, a rate limit, or an answer its documentation does not describe). Sending it again is safe.</source>
            <translation>De API antwoordde met een fout (een serverfout, een limiet of een antwoord dat niet in de documentatie staat). Opnieuw versturen is veilig.</translation>
        </message>
        <message>
            <source>No answer came back after the request went out: the order may have arrived. This API refuses a second copy of the same order, so sending it again is safe.</source>
            <translation>Er kwam geen antwoord nadat het verzoek was verstuurd: de bestelling is misschien toch aangekomen. Deze API weigert een tweede exemplaar van dezelfde bestelling, dus opnieuw versturen is veilig.</translation>
        </message>
        <message>
            <source>The order never reached the API (no connection, no keyring, no access token). Sending it again is safe.</source>
            <translation>De bestelling heeft de API nooit bereikt (geen verbinding, geen sleutelbos, geen toegangstoken). Opnieuw versturen is veilig.</translation>
        </message>
        <message>
            <source>The API answered with a server error or an answer it does not document: the order may or may not exist there. Sending it again looks it up first, so it is never created twice.</source>
            <translation>De API antwoordde met een serverfout of een antwoord dat niet gedocumenteerd is: de bestelling bestaat daar misschien wel of niet. Opnieuw versturen zoekt haar eerst op, dus ze wordt nooit dubbel aangemaakt.</translation>
        </message>
        <message>
            <source>marked not at the API by {0}</source>
            <translation>door {0} gemarkeerd als niet bij de API</translation>
        </message>
        <message>
            <source>{0} checked at the API and found the order is not there. Send again sends it without looking it up first.</source>
            <translation>{0} heeft bij de API gekeken en de bestelling niet gevonden. Opnieuw versturen verstuurt haar zonder eerst op te zoeken.</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>Bestelnummer</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Klant</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profiel</translation>
        </message>
        <message>
            <source>Last attempt</source>
            <translation>Laatste poging</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Pogingen</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Wat er gebeurde</translation>
        </message>
        <message>
            <source>The order as a whole</source>
            <translation>De bestelling als geheel</translation>
        </message>
        <message>
            <source>Reference {0}</source>
            <translation>Referentie {0}</translation>
        </message>
        <message>
            <source>At the API</source>
            <translation>Bij de API</translation>
        </message>
        <message>
            <source>The API named what to fix: select the order to see it</source>
            <translation>De API heeft genoemd wat er verbeterd moet worden: selecteer de bestelling om het te zien</translation>
        </message>
        <message>
            <source>Reading the outbox…</source>
            <translation>De verzonden bestellingen worden gelezen…</translation>
        </message>
    </context>
    <context>
        <name>OutboxView</name>
        <message>
            <source>Needs attention</source>
            <translation>Vraagt aandacht</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Mislukt</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Geweigerd</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Onbekend</translation>
        </message>
        <message>
            <source>Not authorised</source>
            <translation>Geen toegang</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Verzonden</translation>
        </message>
        <message>
            <source>Being sent</source>
            <translation>Wordt verzonden</translation>
        </message>
        <message>
            <source>All orders</source>
            <translation>Alle bestellingen</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Altijd</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Afgelopen 7 dagen</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Afgelopen 30 dagen</translation>
        </message>
        <message>
            <source>Between…</source>
            <translation>Tussen…</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Begonnen</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Verzoek</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Uitkomst</translation>
        </message>
        <message>
            <source>Took</source>
            <translation>Duur</translation>
        </message>
        <message>
            <source>No request: {0} checked at the API and marked the order resolved.</source>
            <translation>Geen verzoek: {0} heeft bij de API gekeken en de bestelling als afgehandeld gemarkeerd.</translation>
        </message>
        <message>
            <source>(the secret is never kept; it comes from the keyring when sending)</source>
            <translation>(het geheim wordt nooit bewaard; het komt bij het versturen uit de sleutelbos)</translation>
        </message>
        <message>
            <source>(no body: this request looked the order up, it did not create one)</source>
            <translation>(geen body: dit verzoek zocht de bestelling op en maakte er geen aan)</translation>
        </message>
        <message>
            <source>No answer yet: this request is still on its way.</source>
            <translation>Nog geen antwoord: dit verzoek is nog onderweg.</translation>
        </message>
        <message>
            <source>answered after {0} s</source>
            <translation>antwoord na {0} s</translation>
        </message>
        <message>
            <source>Reference: {0}</source>
            <translation>Referentie: {0}</translation>
        </message>
        <message>
            <source>Reason: {0}</source>
            <translation>Reden: {0}</translation>
        </message>
        <message>
            <source>What the API said is wrong (shown next to the inputs when the order is opened in the form):</source>
            <translation>Wat volgens de API niet klopt (staat bij de velden als de bestelling in het formulier wordt geopend):</translation>
        </message>
        <message>
            <source>Answer:</source>
            <translation>Antwoord:</translation>
        </message>
        <message>
            <source>The answer had no body.</source>
            <translation>Het antwoord had geen body.</translation>
        </message>
        <message>
            <source>From attempt {0} ({1}) to attempt {2} ({3})</source>
            <translation>Van poging {0} ({1}) naar poging {2} ({3})</translation>
        </message>
        <message>
            <source>{0}: the same body was sent both times.</source>
            <translation>{0}: beide keren is dezelfde body verstuurd.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n wijziging</numerusform>
                <numerusform>%n wijzigingen</numerusform>
            </translation>
        </message>
        <message>
            <source>(whole body)</source>
            <translation>(hele body)</translation>
        </message>
        <message>
            <source>Needs attention: failed, rejected, unknown and not authorised orders</source>
            <translation>Vraagt aandacht: mislukte, geweigerde, onbekende bestellingen en bestellingen zonder toegang</translation>
        </message>
        <message>
            <source>All profiles</source>
            <translation>Alle profielen</translation>
        </message>
        <message>
            <source>Order number, customer or e-mail</source>
            <translation>Bestelnummer, klant of e-mail</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Vernieuwen</translation>
        </message>
        <message>
            <source>Read the journal again (F5)</source>
            <translation>Het logboek opnieuw lezen (F5)</translation>
        </message>
        <message>
            <source>S&amp;how</source>
            <translation>&amp;Toon</translation>
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation>&amp;Profiel</translation>
        </message>
        <message>
            <source>&amp;When</source>
            <translation>&amp;Wanneer</translation>
        </message>
        <message>
            <source>to</source>
            <translation>tot</translation>
        </message>
        <message>
            <source>Sea&amp;rch</source>
            <translation>&amp;Zoeken</translation>
        </message>
        <message>
            <source>Select all</source>
            <translation>Alles selecteren</translation>
        </message>
        <message>
            <source>Open in &amp;form</source>
            <translation>Openen in &amp;formulier</translation>
        </message>
        <message>
            <source>Put the order on the Order page to fix it and Submit it again (Enter)</source>
            <translation>De bestelling op het tabblad Bestelling zetten om haar te verbeteren en opnieuw te verzenden (Enter)</translation>
        </message>
        <message>
            <source>Send &amp;again…</source>
            <translation>&amp;Opnieuw versturen…</translation>
        </message>
        <message>
            <source>Send the selected orders again; you see what goes where before anything is sent</source>
            <translation>De geselecteerde bestellingen opnieuw versturen; u ziet wat waarheen gaat voordat er iets wordt verstuurd</translation>
        </message>
        <message>
            <source>&amp;Mark resolved…</source>
            <translation>Als &amp;afgehandeld markeren…</translation>
        </message>
        <message>
            <source>Say what you found at the API for an unknown or failed order it cannot look up</source>
            <translation>Vastleggen wat u bij de API vond voor een onbekende of mislukte bestelling die zij niet kan opzoeken</translation>
        </message>
        <message>
            <source>Select an order to see its attempts.</source>
            <translation>Selecteer een bestelling om haar pogingen te zien.</translation>
        </message>
        <message>
            <source>Select two attempts (Ctrl+click) to see what changed between them</source>
            <translation>Selecteer twee pogingen (Ctrl+klik) om te zien wat er tussen beide veranderde</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Antwoord</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Wijzigingen</translation>
        </message>
        <message>
            <source>Copy as &amp;cURL</source>
            <translation>Kopiëren als c&amp;URL</translation>
        </message>
        <message>
            <source>Copy the selected attempt as a cURL command for a support ticket; the API's secret is a placeholder such as $DROPDAY_API_KEY</source>
            <translation>De geselecteerde poging kopiëren als cURL-opdracht voor een supportticket; het geheim van de API is een plaatshouder zoals $DROPDAY_API_KEY</translation>
        </message>
        <message>
            <source>A&amp;ttempts, oldest first</source>
            <translation>Po&amp;gingen, oudste eerst</translation>
        </message>
        <message>
            <source>The outbox could not be read: {0}</source>
            <translation>De verzonden bestellingen konden niet worden gelezen: {0}</translation>
        </message>
        <message>
            <source>Send {0} &amp;again…</source>
            <translation>{0} &amp;opnieuw versturen…</translation>
        </message>
        <message>
            <source>No orders match: change the filters above.</source>
            <translation>Geen bestellingen gevonden: pas de filters hierboven aan.</translation>
        </message>
        <message>
            <source>Showing {0} of {1} orders, newest first (scroll for more)</source>
            <translation>{0} van {1} bestellingen, nieuwste eerst (scroll voor meer)</translation>
        </message>
        <message numerus="yes">
            <source>%n order(s), newest first</source>
            <translation>
                <numerusform>%n bestelling, nieuwste eerst</numerusform>
                <numerusform>%n bestellingen, nieuwste eerst</numerusform>
            </translation>
        </message>
        <message>
            <source>{0} selected</source>
            <translation>{0} geselecteerd</translation>
        </message>
        <message>
            <source>no customer name</source>
            <translation>geen klantnaam</translation>
        </message>
        <message>
            <source>No order number</source>
            <translation>Geen bestelnummer</translation>
        </message>
        <message>
            <source>Reading its attempts…</source>
            <translation>De pogingen worden gelezen…</translation>
        </message>
        <message>
            <source>Reading the order's attempts…</source>
            <translation>De pogingen van de bestelling worden gelezen…</translation>
        </message>
        <message>
            <source>The attempts could not be read: {0}</source>
            <translation>De pogingen konden niet worden gelezen: {0}</translation>
        </message>
        <message numerus="yes">
            <source>To {0}: {1} after %n attempt(s)</source>
            <translation>
                <numerusform>Naar {0}: {1} na %n poging</numerusform>
                <numerusform>Naar {0}: {1} na %n pogingen</numerusform>
            </translation>
        </message>
        <message>
            <source>Last touched by {0} at {1}</source>
            <translation>Laatst bewerkt door {0} op {1}</translation>
        </message>
        <message>
            <source>resolved by {0}</source>
            <translation>afgehandeld door {0}</translation>
        </message>
        <message>
            <source>… no answer yet</source>
            <translation>… nog geen antwoord</translation>
        </message>
        <message>
            <source>Nothing to compare: this is the order's first request with a body. Select two attempts (Ctrl+click) to compare them.</source>
            <translation>Niets te vergelijken: dit is het eerste verzoek van de bestelling met een body. Selecteer twee pogingen (Ctrl+klik) om ze te vergelijken.</translation>
        </message>
        <message numerus="yes">
            <source>Checking %n order(s)…</source>
            <translation>
                <numerusform>%n bestelling wordt gecontroleerd…</numerusform>
                <numerusform>%n bestellingen worden gecontroleerd…</numerusform>
            </translation>
        </message>
        <message>
            <source>Set {0} before running it.</source>
            <translation>Stel {0} in voordat u haar uitvoert.</translation>
        </message>
        <message>
            <source>Copied attempt {0} as a cURL command; it holds no secret.</source>
            <translation>Poging {0} gekopieerd als cURL-opdracht; er staat geen geheim in.</translation>
        </message>
        <message>
            <source>Sending again finished: see the list for each order's state.</source>
            <translation>Opnieuw versturen klaar: de lijst toont de status van elke bestelling.</translation>
        </message>
    </context>
    <context>
        <name>ProductCompleter</name>
        <message>
            <source>{0} in stock</source>
            <translation>{0} op voorraad</translation>
        </message>
    </context>
    <context>
        <name>ProfileProblems</name>
        <message>
            <source>Name is required</source>
            <translation>Een naam is verplicht</translation>
        </message>
        <message>
            <source>Name: at most 64 letters, digits, spaces, dots, dashes and underscores, starting with a letter or digit</source>
            <translation>Naam: hoogstens 64 letters, cijfers, spaties, punten, streepjes en liggende streepjes, te beginnen met een letter of cijfer</translation>
        </message>
        <message>
            <source>{label} is required for {title}</source>
            <translation>{label} is verplicht voor {title}</translation>
        </message>
        <message>
            <source>{label}: at most 200 characters, without spaces</source>
            <translation>{label}: hoogstens 200 tekens, zonder spaties</translation>
        </message>
        <message>
            <source>{label}: only letters and digits (it is part of the API's address)</source>
            <translation>{label}: alleen letters en cijfers (het is een deel van het adres van de API)</translation>
        </message>
        <message>
            <source>Base URL is required</source>
            <translation>Een basis-URL is verplicht</translation>
        </message>
        <message>
            <source>Base URL is not a valid address</source>
            <translation>De basis-URL is geen geldig adres</translation>
        </message>
        <message>
            <source>Base URL must start with https:// (plain http is only allowed for the local sandbox on 127.0.0.1)</source>
            <translation>De basis-URL moet met https:// beginnen (gewoon http mag alleen voor de lokale sandbox op 127.0.0.1)</translation>
        </message>
        <message>
            <source>Base URL must not contain a user name or password (secrets go in the keyring)</source>
            <translation>De basis-URL mag geen gebruikersnaam of wachtwoord bevatten (geheimen horen in de sleutelbos van het systeem)</translation>
        </message>
        <message>
            <source>Base URL must be a plain address, without spaces, '?' or '#'</source>
            <translation>De basis-URL moet een gewoon adres zijn, zonder spaties, '?' of '#'</translation>
        </message>
        <message>
            <source>Base URL is required for {title}: {help}</source>
            <translation>Een basis-URL is verplicht voor {title}: {help}</translation>
        </message>
        <message>
            <source>A profile called '{name}' already exists</source>
            <translation>Er is al een profiel met de naam '{name}'</translation>
        </message>
        <message>
            <source>Enter the {label} of this {title} account</source>
            <translation>Vul de {label} van dit {title}-account in</translation>
        </message>
        <message>
            <source>Enter the {label} of the {title} account: the profile now talks to another API</source>
            <translation>Vul de {label} van het {title}-account in: het profiel verstuurt nu naar een andere API</translation>
        </message>
        <message>
            <source>The {label} is empty.</source>
            <translation>De {label} is leeg.</translation>
        </message>
        <message>
            <source>The {label} contains a line break or another control character; paste it again.</source>
            <translation>De {label} bevat een regeleinde of een ander stuurteken; plak hem opnieuw.</translation>
        </message>
        <message>
            <source>The {label} starts or ends with a space; paste it again without the space.</source>
            <translation>De {label} begint of eindigt met een spatie; plak hem opnieuw zonder de spatie.</translation>
        </message>
        <message>
            <source>The {label} contains a character a request cannot carry (such as a typographic quote or “…”, often added when copying); copy it again from the API's own page.</source>
            <translation>De {label} bevat een teken dat niet in een verzoek mee kan (zoals een gekrulde aanhalingsteken of “…”, vaak meegekomen bij het kopiëren); kopieer hem opnieuw van de pagina van de API zelf.</translation>
        </message>
        <message>
            <source>is not UTF-8 text</source>
            <translation>is geen UTF-8-tekst</translation>
        </message>
        <message>
            <source>cannot be read ({error})</source>
            <translation>kan niet worden gelezen ({error})</translation>
        </message>
        <message>
            <source>cannot be written ({error})</source>
            <translation>kan niet worden geschreven ({error})</translation>
        </message>
        <message>
            <source>is not valid JSON (line {line}, column {column}: {said})</source>
            <translation>is geen geldige JSON (regel {line}, kolom {column}: {said})</translation>
        </message>
        <message>
            <source>is not usable JSON: nested too deeply</source>
            <translation>is geen bruikbare JSON: te diep genest</translation>
        </message>
        <message>
            <source>must hold a JSON object like {"version": 1, "profiles": [...]}</source>
            <translation>moet een JSON-object bevatten zoals {"version": 1, "profiles": [...]}</translation>
        </message>
        <message>
            <source>has an unknown entry '{name}' (only 'version' and 'profiles' belong there)</source>
            <translation>heeft een onbekend onderdeel '{name}' (alleen 'version' en 'profiles' horen erin)</translation>
        </message>
        <message>
            <source>has version {version}; this OrderDesk reads version {supported}</source>
            <translation>heeft versie {version}; deze OrderDesk leest versie {supported}</translation>
        </message>
        <message>
            <source>'profiles' must be a list</source>
            <translation>'profiles' moet een lijst zijn</translation>
        </message>
        <message>
            <source>two profiles are called '{name}' (names must differ, ignoring case)</source>
            <translation>twee profielen heten '{name}' (namen moeten verschillen, ook los van hoofdletters)</translation>
        </message>
        <message>
            <source>profile {number} must be a JSON object</source>
            <translation>profiel {number} moet een JSON-object zijn</translation>
        </message>
        <message>
            <source>profile {number} ('{name}'): {problem}</source>
            <translation>profiel {number} ('{name}'): {problem}</translation>
        </message>
        <message>
            <source>profile {number}: {problem}</source>
            <translation>profiel {number}: {problem}</translation>
        </message>
        <message>
            <source>Unknown API '{target}'; OrderDesk knows {known}</source>
            <translation>Onbekende API '{target}'; OrderDesk kent {known}</translation>
        </message>
        <message>
            <source>Fix the file by hand, or move it away to start without profiles; OrderDesk will not change it while it is broken.</source>
            <translation>Herstel het bestand met de hand, of zet het ergens anders neer om zonder profielen te beginnen; zolang het stuk is, verandert OrderDesk het niet.</translation>
        </message>
    </context>
    <context>
        <name>ProfilesDialog</name>
        <message>
            <source>Waiting for the keyring to unlock…</source>
            <translation>Wachten tot de sleutelbos ontgrendeld is…</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>Profielen</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Bezig met bewaren…</translation>
        </message>
        <message>
            <source>Enter the {0} to test the connection.</source>
            <translation>Vul de {0} in om de verbinding te testen.</translation>
        </message>
        <message>
            <source>Testing the connection…</source>
            <translation>De verbinding wordt getest…</translation>
        </message>
        <message>
            <source>Remove profile</source>
            <translation>Profiel verwijderen</translation>
        </message>
        <message>
            <source>Remove the profile '{0}' and delete its secrets from the system keyring?</source>
            <translation>Het profiel '{0}' verwijderen en de geheimen ervan uit de sleutelbos van het systeem wissen?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>{0} Secrets cannot be stored until then.</source>
            <translation>{0} Tot dan kunnen er geen geheimen worden bewaard.</translation>
        </message>
        <message>
            <source>The system keyring cannot be used ({0}).</source>
            <translation>De sleutelbos van het systeem kan niet worden gebruikt ({0}).</translation>
        </message>
        <message>
            <source>{0} Nothing was saved.</source>
            <translation>{0} Er is niets bewaard.</translation>
        </message>
        <message>
            <source>Saving</source>
            <translation>Het bewaren</translation>
        </message>
        <message>
            <source>Saved. The {0} is kept in the system keyring.</source>
            <translation>Bewaard. De {0} staat in de sleutelbos van het systeem.</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>Bezig met verwijderen…</translation>
        </message>
        <message>
            <source>{0} The profile was not removed.</source>
            <translation>{0} Het profiel is niet verwijderd.</translation>
        </message>
        <message>
            <source>Removing</source>
            <translation>Het verwijderen</translation>
        </message>
        <message>
            <source>Removed '{0}' and its secrets.</source>
            <translation>'{0}' en de geheimen ervan zijn verwijderd.</translation>
        </message>
        <message>
            <source>cannot be read: the system keyring is unavailable</source>
            <translation>kan niet worden gelezen: de sleutelbos van het systeem is niet beschikbaar</translation>
        </message>
        <message>
            <source>cannot be read: {0}</source>
            <translation>kan niet worden gelezen: {0}</translation>
        </message>
        <message>
            <source>stored; type a new {0} to replace it</source>
            <translation>bewaard; typ een nieuwe {0} om die te vervangen</translation>
        </message>
        <message>
            <source>not stored: enter the {0}</source>
            <translation>niet bewaard: vul de {0} in</translation>
        </message>
        <message>
            <source>{0} The connection was not tested.</source>
            <translation>{0} De verbinding is niet getest.</translation>
        </message>
        <message>
            <source>The test</source>
            <translation>De test</translation>
        </message>
        <message>
            <source>asking the system keyring whether it is stored…</source>
            <translation>de sleutelbos van het systeem wordt gevraagd of het bewaard is…</translation>
        </message>
        <message>
            <source>{0} stopped with an unexpected problem ({1}); reopen the dialog to see what was kept.</source>
            <translation>{0} is gestopt door een onverwacht probleem ({1}); open het venster opnieuw om te zien wat bewaard is.</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nieuw</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Verwijderen…</translation>
        </message>
        <message>
            <source>e.g. Live store</source>
            <translation>bijv. Webwinkel</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Bewaren</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Verbinding testen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Base URL</source>
            <translation>Basis-URL</translation>
        </message>
    </context>
    <context>
        <name>Reasons</name>
        <message>
            <source>The order was refused; correct the fields shown and send it again.</source>
            <translation>De bestelling is geweigerd; verbeter de gemarkeerde velden en verstuur haar opnieuw.</translation>
        </message>
        <message>
            <source>{api} refused the credentials of this profile. Check them with 'profiles test'.</source>
            <translation>{api} weigerde de inloggegevens van dit profiel. Controleer ze met Verbinding testen onder Bestelling ▸ Profielen beheren.</translation>
        </message>
        <message>
            <source>{api} refused the credentials of this profile ({said}). Check them with 'profiles test'.</source>
            <translation>{api} weigerde de inloggegevens van dit profiel ({said}). Controleer ze met Verbinding testen onder Bestelling ▸ Profielen beheren.</translation>
        </message>
        <message>
            <source>{api} is limiting the number of requests; the order was not taken. Try again in {wait} s.</source>
            <translation>{api} neemt tijdelijk geen verzoeken meer aan; de bestelling is niet verwerkt. Probeer het over {wait} s opnieuw.</translation>
        </message>
        <message>
            <source>{api} is limiting the number of requests; the order was not taken. Try again later.</source>
            <translation>{api} neemt tijdelijk geen verzoeken meer aan; de bestelling is niet verwerkt. Probeer het later opnieuw.</translation>
        </message>
        <message>
            <source>{api} had a server error: {status} with {body}. Sending the order again is safe.</source>
            <translation>{api} had een serverfout: {status} met {body}. De bestelling kan veilig opnieuw worden verstuurd.</translation>
        </message>
        <message>
            <source>{api} had a server error: {status} with {body}. It may have created the order: look it up before sending it again.</source>
            <translation>{api} had een serverfout: {status} met {body}. Mogelijk is de bestelling toch aangemaakt: zoek haar op voordat u haar opnieuw verstuurt.</translation>
        </message>
        <message>
            <source>{api} answered {status} with {body}, which its documentation does not describe.</source>
            <translation>{api} antwoordde {status} met {body}; dat staat niet in de documentatie van de API.</translation>
        </message>
        <message>
            <source>{api} answered {status} with {body}, which its documentation does not describe. It may have created the order: look it up before sending it again.</source>
            <translation>{api} antwoordde {status} met {body}; dat staat niet in de documentatie van de API. Mogelijk is de bestelling toch aangemaakt: zoek haar op voordat u haar opnieuw verstuurt.</translation>
        </message>
        <message>
            <source>{reason}. {api} may have created the order: look it up before sending it again.</source>
            <translation>{reason}. Mogelijk heeft {api} de bestelling toch aangemaakt: zoek haar op voordat u haar opnieuw verstuurt.</translation>
        </message>
        <message>
            <source>{reason} ({tries} tries).</source>
            <translation>{reason} ({tries} pogingen).</translation>
        </message>
        <message>
            <source>{reason}.</source>
            <translation>{reason}.</translation>
        </message>
        <message>
            <source>{body} ({tries} tries)</source>
            <translation>{body} ({tries} pogingen)</translation>
        </message>
        <message>
            <source>an empty body</source>
            <translation>een leeg antwoord</translation>
        </message>
        <message>
            <source>an HTML page</source>
            <translation>een HTML-pagina</translation>
        </message>
        <message>
            <source>a body that is not valid JSON</source>
            <translation>een antwoord dat geen geldige JSON is</translation>
        </message>
        <message>
            <source>a JSON body of an unexpected shape</source>
            <translation>JSON in een onverwachte vorm</translation>
        </message>
        <message>
            <source>the message "{said}"</source>
            <translation>de melding "{said}"</translation>
        </message>
        <message>
            <source>No connection to {host} within {seconds} s (nothing was sent)</source>
            <translation>Geen verbinding met {host} binnen {seconds} s (er is niets verstuurd)</translation>
        </message>
        <message>
            <source>{host} did not answer within {seconds} s after the request was sent</source>
            <translation>{host} gaf binnen {seconds} s na het versturen geen antwoord</translation>
        </message>
        <message>
            <source>The address {url} is not a valid URL</source>
            <translation>Het adres {url} is geen geldige URL</translation>
        </message>
        <message>
            <source>The address must start with http:// or https://</source>
            <translation>Het adres moet met http:// of https:// beginnen</translation>
        </message>
        <message>
            <source>No secure connection to {host} (certificate or TLS problem)</source>
            <translation>Geen beveiligde verbinding met {host} (probleem met het certificaat of TLS)</translation>
        </message>
        <message>
            <source>Could not connect to {host} (nothing was sent)</source>
            <translation>Kon geen verbinding maken met {host} (er is niets verstuurd)</translation>
        </message>
        <message>
            <source>The connection to {host} broke off before a complete answer arrived</source>
            <translation>De verbinding met {host} werd verbroken voordat er een volledig antwoord was</translation>
        </message>
        <message>
            <source>Not sent: the order breaks {api}'s documented rules; correct the fields shown.</source>
            <translation>Niet verstuurd: de bestelling voldoet niet aan de regels van {api}; verbeter de gemarkeerde velden.</translation>
        </message>
        <message>
            <source>{api} has the order: the earlier attempt created it. Do not send it again.</source>
            <translation>{api} heeft de bestelling al: de vorige poging heeft haar aangemaakt. Verstuur haar niet opnieuw.</translation>
        </message>
        <message>
            <source>{api} does not have the order: the earlier attempt did not create it, so sending it again is safe.</source>
            <translation>{api} heeft de bestelling niet: de vorige poging heeft haar niet aangemaakt, dus opnieuw versturen is veilig.</translation>
        </message>
        <message>
            <source>{api} does not show the order yet, but the earlier attempt may still be being written there. It can be checked from {time}; nothing was sent.</source>
            <translation>{api} toont de bestelling nog niet, maar de vorige poging wordt daar misschien nog verwerkt. Vanaf {time} is het na te kijken; er is niets verstuurd.</translation>
        </message>
        <message>
            <source>OrderDesk failed while sending ({error}); the order may or may not have arrived. Look it up before sending it again.</source>
            <translation>Er ging in OrderDesk iets mis tijdens het versturen ({error}); de bestelling is misschien wel, misschien niet aangekomen. Zoek haar op voordat u haar opnieuw verstuurt.</translation>
        </message>
        <message>
            <source>Dropday already had an order with this external_id; nothing new was created.</source>
            <translation>Dropday had al een bestelling met deze external_id; er is niets nieuws aangemaakt.</translation>
        </message>
        <message>
            <source>Centra already has an order with this order number; nothing new was created.</source>
            <translation>Centra heeft al een bestelling met dit bestelnummer; er is niets nieuws aangemaakt.</translation>
        </message>
        <message>
            <source>Centra's answer to the batch said nothing about '{key}'; it has an order number, so sending it again is safe.</source>
            <translation>Het antwoord van Centra op de batch zei niets over '{key}'; die bestelling heeft een bestelnummer, dus opnieuw versturen is veilig.</translation>
        </message>
        <message>
            <source>Centra's answer to the batch said nothing about '{key}'; it may have been created: look it up before sending it again.</source>
            <translation>Het antwoord van Centra op de batch zei niets over '{key}'; mogelijk is die bestelling toch aangemaakt: zoek haar op voordat u haar opnieuw verstuurt.</translation>
        </message>
        <message>
            <source>the status "{said}"</source>
            <translation>de status "{said}"</translation>
        </message>
        <message>
            <source>{api} answered the lookup with {status}: {said}</source>
            <translation>{api} antwoordde bij het opzoeken met {status}: {said}</translation>
        </message>
        <message>
            <source>The order has no external_id to look it up by.</source>
            <translation>De bestelling heeft geen external_id om haar mee op te zoeken.</translation>
        </message>
        <message>
            <source>The order has no external_order_id to look it up by.</source>
            <translation>De bestelling heeft geen external_order_id om haar mee op te zoeken.</translation>
        </message>
        <message>
            <source>More than {count} Dropday orders match '{key}' in part.</source>
            <translation>Meer dan {count} bestellingen bij Dropday komen gedeeltelijk overeen met '{key}'.</translation>
        </message>
        <message>
            <source>Without an order number Centra cannot look the order up; check Centra's order list before sending it again.</source>
            <translation>Zonder bestelnummer kan Centra de bestelling niet opzoeken; kijk in de bestellijst van Centra voordat u haar opnieuw verstuurt.</translation>
        </message>
        <message>
            <source>Feedback Company offers no way to look an order up; check its dashboard for the order before sending it again.</source>
            <translation>Feedback Company biedt geen manier om een bestelling op te zoeken; kijk in het dashboard of de bestelling er staat voordat u haar opnieuw verstuurt.</translation>
        </message>
        <message>
            <source>The journal cannot show what an earlier attempt sent, so the order cannot be looked up. Check at {title} whether it exists before sending it again.</source>
            <translation>Het logboek kan niet tonen wat een eerdere poging verstuurde, dus de bestelling kan niet worden opgezocht. Kijk bij {title} of ze bestaat voordat u haar opnieuw verstuurt.</translation>
        </message>
        <message>
            <source>OrderDesk could not read this order from the journal ({error}); it was not sent.</source>
            <translation>OrderDesk kon deze bestelling niet uit het logboek lezen ({error}); ze is niet verstuurd.</translation>
        </message>
        <message>
            <source>OrderDesk failed while sending this order ({error}); it may or may not have arrived. Look it up before sending it again.</source>
            <translation>Er ging in OrderDesk iets mis tijdens het versturen van deze bestelling ({error}); ze is misschien wel, misschien niet aangekomen. Zoek haar op voordat u haar opnieuw verstuurt.</translation>
        </message>
        <message>
            <source>Being sent by {by}; left to it. 'orderdesk outbox show' tells how it ended.</source>
            <translation>Wordt al verstuurd door {by}; hier is niets verstuurd. Onder Verzonden bestellingen ziet u hoe het afliep.</translation>
        </message>
        <message>
            <source>desk {name}</source>
            <translation>werkplek {name}</translation>
        </message>
        <message>
            <source>another process (another 'orderdesk outbox retry' or the window), or just handled by it</source>
            <translation>een ander proces (een andere 'orderdesk outbox retry' of het venster), of daar net afgehandeld</translation>
        </message>
        <message>
            <source>{reason} The order was not sent.</source>
            <translation>{reason} De bestelling is niet verstuurd.</translation>
        </message>
        <message>
            <source>{reason}; no access token, so the order was not sent.</source>
            <translation>{reason}; er is geen toegangstoken, dus de bestelling is niet verstuurd.</translation>
        </message>
        <message>
            <source>No {label} is stored for profile '{profile}'. Add it to the profile first.</source>
            <translation>Voor profiel '{profile}' is geen {label} bewaard. Voeg die eerst aan het profiel toe.</translation>
        </message>
        <message>
            <source>No profile is called '{name}' (profiles: {profiles}).</source>
            <translation>Er is geen profiel dat '{name}' heet (profielen: {profiles}).</translation>
        </message>
        <message>
            <source>there are none yet</source>
            <translation>er zijn er nog geen</translation>
        </message>
        <message>
            <source>No system keyring is available, so OrderDesk cannot store API keys (it never keeps them in a file). {advice}</source>
            <translation>Er is geen sleutelbos van het systeem beschikbaar, dus OrderDesk kan geen API-sleutels bewaren (in een bestand bewaart het ze nooit). {advice}</translation>
        </message>
        <message>
            <source>The system keyring is locked and was not unlocked: the unlock prompt was cancelled, refused or could not be shown. {advice}</source>
            <translation>De sleutelbos van het systeem is vergrendeld en niet ontgrendeld: de vraag om te ontgrendelen is geannuleerd, geweigerd of kon niet worden getoond. {advice}</translation>
        </message>
        <message>
            <source>The system keyring cannot be reached: no Secret Service is running on this desktop session's D-Bus. {advice}</source>
            <translation>De sleutelbos van het systeem is niet bereikbaar: er draait geen Secret Service op de D-Bus van deze bureaubladsessie. {advice}</translation>
        </message>
        <message>
            <source>The system keyring could not be loaded ({error}); check keyring's keyringrc.cfg. {advice}</source>
            <translation>De sleutelbos van het systeem kon niet worden geladen ({error}); controleer keyringrc.cfg van keyring. {advice}</translation>
        </message>
        <message>
            <source>The keyring backend named by PYTHON_KEYRING_BACKEND ({backend}) cannot be loaded ({error}). Unset PYTHON_KEYRING_BACKEND, or set it to an installed system keyring such as {name}.</source>
            <translation>De sleutelbos die PYTHON_KEYRING_BACKEND noemt ({backend}), kan niet worden geladen ({error}). Verwijder PYTHON_KEYRING_BACKEND, of laat het naar een geïnstalleerde sleutelbos van het systeem wijzen, zoals {name}.</translation>
        </message>
        <message>
            <source>The keyring in use ({name}) keeps secrets in a file, which OrderDesk does not allow. Uninstall the keyrings.alt package, or set PYTHON_KEYRING_BACKEND to your system keyring. {advice}</source>
            <translation>De gebruikte sleutelbos ({name}) bewaart geheimen in een bestand, en dat staat OrderDesk niet toe. Verwijder het pakket keyrings.alt, of laat PYTHON_KEYRING_BACKEND naar de sleutelbos van uw systeem wijzen. {advice}</translation>
        </message>
        <message>
            <source>The keyring in use ({name}) is not a system keyring, so OrderDesk will not store secrets in it. {advice}</source>
            <translation>De gebruikte sleutelbos ({name}) is geen sleutelbos van het systeem, dus OrderDesk bewaart er geen geheimen in. {advice}</translation>
        </message>
        <message>
            <source>The system keyring refused to delete a secret of OrderDesk.</source>
            <translation>De sleutelbos van het systeem weigerde een geheim van OrderDesk te wissen.</translation>
        </message>
        <message>
            <source>The system keyring refused the request ({error}). Try again, or restart your desktop session.</source>
            <translation>De sleutelbos van het systeem weigerde het verzoek ({error}). Probeer het opnieuw, of start uw bureaubladsessie opnieuw.</translation>
        </message>
        <message>
            <source>Install and start a Secret Service: GNOME Keyring (sudo apt install gnome-keyring dbus-user-session), KDE's KWallet (sudo apt install kwalletmanager libkf5wallet-bin) or KeePassXC with its Secret Service integration turned on; then log out and in to your desktop again.</source>
            <translation>Installeer en start een Secret Service: GNOME Keyring (sudo apt install gnome-keyring dbus-user-session), KWallet van KDE (sudo apt install kwalletmanager libkf5wallet-bin) of KeePassXC met de Secret Service-koppeling aangezet; meld u daarna af en weer aan op uw bureaublad.</translation>
        </message>
        <message>
            <source>Unlock the "Login" keyring in Passwords and Keys (seahorse) or in KWallet Manager, or log out and in to your desktop again, then try again.</source>
            <translation>Ontgrendel de sleutelbos "Login" in Wachtwoorden en sleutels (seahorse) of in KWallet Manager, of meld u af en weer aan op uw bureaublad, en probeer het dan opnieuw.</translation>
        </message>
        <message>
            <source>OrderDesk uses the macOS Keychain; make sure you are logged in to a normal desktop session.</source>
            <translation>OrderDesk gebruikt de sleutelhanger van macOS; zorg dat u in een gewone bureaubladsessie bent ingelogd.</translation>
        </message>
        <message>
            <source>Unlock the login keychain in Keychain Access (or log in to your Mac again), then try again.</source>
            <translation>Ontgrendel de inlogsleutelhanger in Sleutelhangertoegang (of log opnieuw in op uw Mac), en probeer het dan opnieuw.</translation>
        </message>
        <message>
            <source>OrderDesk uses the Windows Credential Locker; make sure you are logged in to a normal desktop session.</source>
            <translation>OrderDesk gebruikt de referentiekluis van Windows; zorg dat u in een gewone bureaubladsessie bent aangemeld.</translation>
        </message>
        <message>
            <source>Sign in to Windows with your own account (the Credential Locker opens with it), then try again.</source>
            <translation>Meld u bij Windows aan met uw eigen account (daarmee gaat de referentiekluis open), en probeer het dan opnieuw.</translation>
        </message>
        <message>
            <source>{api} accepted the credentials</source>
            <translation>{api} heeft de inloggegevens geaccepteerd</translation>
        </message>
        <message>
            <source>{api} accepted the client id and secret</source>
            <translation>{api} heeft de client-ID en het clientgeheim geaccepteerd</translation>
        </message>
        <message>
            <source>{api} refused the credentials ({status})</source>
            <translation>{api} weigerde de inloggegevens ({status})</translation>
        </message>
        <message>
            <source>{api} answered {status} with {body}.</source>
            <translation>{api} antwoordde {status} met {body}.</translation>
        </message>
        <message>
            <source>{api} answered {status} with {body}. Is the base URL right?</source>
            <translation>{api} antwoordde {status} met {body}. Klopt de basis-URL?</translation>
        </message>
        <message>
            <source>OK: {detail}.</source>
            <translation>In orde: {detail}.</translation>
        </message>
        <message>
            <source>{title} refused the credentials ({status}): {cause}</source>
            <translation>{title} weigerde de inloggegevens ({status}): {cause}</translation>
        </message>
        <message>
            <source>{title} cannot be reached at {url}: {detail}. Check the base URL and the network connection.</source>
            <translation>{title} is niet bereikbaar op {url}: {detail}. Controleer de basis-URL en de netwerkverbinding.</translation>
        </message>
        <message>
            <source>Something answers at {url}, but not as {title}'s API ({status}): {hint}</source>
            <translation>Op {url} antwoordt wel iets, maar niet de API van {title} ({status}): {hint}</translation>
        </message>
        <message>
            <source>{title} is taking no more requests right now ({status}); test again in a minute.</source>
            <translation>{title} neemt op dit moment geen verzoeken meer aan ({status}); test over een minuut opnieuw.</translation>
        </message>
        <message>
            <source>{title} has a server error ({status}): the problem is on its side; test again later.</source>
            <translation>{title} heeft een serverfout ({status}): het probleem ligt aan hun kant; test later opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>ResolveDialog</name>
        <message>
            <source>Mark resolved</source>
            <translation>Als afgehandeld markeren</translation>
        </message>
        <message>
            <source>Order {0}</source>
            <translation>Bestelling {0}</translation>
        </message>
        <message>
            <source>{0} to {1} is {2}. Check at the API (its dashboard) whether the order is there, then say what you found. It is recorded in the order's attempts as said by {3}.</source>
            <translation>{0} naar {1} is {2}. Kijk bij de API (in het dashboard) of de bestelling er is en leg vast wat u vond. Het komt bij de pogingen van de bestelling te staan, met {3} als degene die het zei.</translation>
        </message>
        <message>
            <source>It &amp;is at the API, reference:</source>
            <translation>Ze staat &amp;wel bij de API, referentie:</translation>
        </message>
        <message>
            <source>as the API's dashboard shows it</source>
            <translation>zoals het dashboard van de API haar toont</translation>
        </message>
        <message>
            <source>It is &amp;not at the API: Send again sends it, without looking it up first</source>
            <translation>Ze staat &amp;niet bij de API: Opnieuw versturen verstuurt haar zonder eerst op te zoeken</translation>
        </message>
        <message>
            <source>&amp;Mark resolved</source>
            <translation>&amp;Markeren als afgehandeld</translation>
        </message>
        <message>
            <source>Recording…</source>
            <translation>Bezig met vastleggen…</translation>
        </message>
        <message>
            <source>Not recorded: {0}</source>
            <translation>Niet vastgelegd: {0}</translation>
        </message>
        <message>
            <source>{0} marked as at {1} (reference {2}).</source>
            <translation>{0} gemarkeerd als aanwezig bij {1} (referentie {2}).</translation>
        </message>
        <message>
            <source>{0} marked as not at {1}: Send again sends it without a lookup.</source>
            <translation>{0} gemarkeerd als niet aanwezig bij {1}: Opnieuw versturen verstuurt haar zonder op te zoeken.</translation>
        </message>
        <message>
            <source>Type the reference the API shows for the order.</source>
            <translation>Typ de referentie die de API voor de bestelling toont.</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>mislukt</translation>
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message>
            <source>{0} shown next to the inputs</source>
            <translation>{0}, staan bij de velden</translation>
        </message>
        <message>
            <source>{0}, see below</source>
            <translation>{0}, zie hieronder</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Opnieuw</translation>
        </message>
        <message>
            <source>Send this order to {0} again</source>
            <translation>Deze bestelling opnieuw naar {0} versturen</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultaten</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Bezig met verzenden…</translation>
        </message>
        <message>
            <source>Answered after {0} s</source>
            <translation>Antwoord na {0} s</translation>
        </message>
        <message>
            <source>Sending… {0} s</source>
            <translation>Bezig met verzenden… {0} s</translation>
        </message>
    </context>
    <context>
        <name>SendToList</name>
        <message>
            <source>Send to</source>
            <translation>Verzenden naar</translation>
        </message>
        <message>
            <source>Tick each profile this order goes to (Space ticks the highlighted one)</source>
            <translation>Vink elk profiel aan waar deze bestelling heen gaat (spatie vinkt het gemarkeerde aan)</translation>
        </message>
    </context>
    <context>
        <name>SubmitController</name>
        <message>
            <source>Sending stopped with an unexpected problem ({0}). The order may or may not have arrived; check before sending it again.</source>
            <translation>Het verzenden is gestopt door een onverwacht probleem ({0}). De bestelling is misschien wel of niet aangekomen; controleer dat voordat u haar opnieuw verstuurt.</translation>
        </message>
    </context>
    <context>
        <name>Targets</name>
        <message>
            <source>Shipping provider</source>
            <translation>Vervoerder</translation>
        </message>
        <message>
            <source>The carrier, such as "UPS".</source>
            <translation>De vervoerder, bijvoorbeeld "PostNL".</translation>
        </message>
        <message>
            <source>Such as UPS</source>
            <translation>Bijv. PostNL</translation>
        </message>
        <message>
            <source>Shipping method</source>
            <translation>Verzendmethode</translation>
        </message>
        <message>
            <source>Such as "Standard delivery".</source>
            <translation>Bijvoorbeeld "Standaard bezorging".</translation>
        </message>
        <message>
            <source>Such as Standard</source>
            <translation>Bijv. Standaard</translation>
        </message>
        <message>
            <source>Expected delivery date</source>
            <translation>Verwachte leverdatum</translation>
        </message>
        <message>
            <source>The day the order is expected to arrive.</source>
            <translation>De dag waarop de bestelling naar verwachting aankomt.</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>Ordernummer</translation>
        </message>
        <message>
            <source>Centra's only protection against creating an order twice: a second order with the same number is refused. Leave empty to let Centra number the order.</source>
            <translation>De enige bescherming van Centra tegen een dubbele bestelling: een tweede bestelling met hetzelfde nummer wordt geweigerd. Laat leeg om Centra de bestelling te laten nummeren.</translation>
        </message>
        <message>
            <source>Market</source>
            <translation>Markt</translation>
        </message>
        <message>
            <source>Market name; empty uses the market of the delivery country.</source>
            <translation>Naam van de markt; leeg gebruikt de markt van het afleverland.</translation>
        </message>
        <message>
            <source>Pricelist</source>
            <translation>Prijslijst</translation>
        </message>
        <message>
            <source>Pricelist name; empty uses the pricelist of the country.</source>
            <translation>Naam van de prijslijst; leeg gebruikt de prijslijst van het land.</translation>
        </message>
        <message>
            <source>Shipping option</source>
            <translation>Verzendoptie</translation>
        </message>
        <message>
            <source>Shipping option URI such as ups-standard; empty uses the default for the products and country.</source>
            <translation>URI van de verzendoptie, zoals ups-standard; leeg gebruikt de standaard voor de producten en het land.</translation>
        </message>
        <message>
            <source>Allocation rule</source>
            <translation>Toewijzingsregel</translation>
        </message>
        <message>
            <source>Allocation rule (warehouse group); empty uses the market's.</source>
            <translation>Toewijzingsregel (magazijngroep); leeg gebruikt die van de markt.</translation>
        </message>
        <message>
            <source>Send order confirmation</source>
            <translation>Orderbevestiging sturen</translation>
        </message>
        <message>
            <source>Not set follows the store setting.</source>
            <translation>Niet ingesteld volgt de instelling van de winkel.</translation>
        </message>
        <message>
            <source>Only prepare the order</source>
            <translation>Bestelling alleen voorbereiden</translation>
        </message>
        <message>
            <source>Prepare the order without placing it; it is completed later (Complete order).</source>
            <translation>De bestelling voorbereiden zonder haar te plaatsen; ze wordt later afgerond (Complete order).</translation>
        </message>
        <message>
            <source>Take products from stock</source>
            <translation>Producten van de voorraad afboeken</translation>
        </message>
        <message>
            <source>Take the products from stock and fail when stock is missing. Not set means yes.</source>
            <translation>De producten van de voorraad afboeken en mislukken als er voorraad ontbreekt. Niet ingesteld betekent ja.</translation>
        </message>
        <message>
            <source>Create even if products are missing</source>
            <translation>Ook aanmaken als producten ontbreken</translation>
        </message>
        <message>
            <source>Products that do not exist are marked back-ordered.</source>
            <translation>Producten die niet bestaan, worden als nabestelling gemarkeerd.</translation>
        </message>
        <message>
            <source>Attach to the registered customer</source>
            <translation>Aan de geregistreerde klant koppelen</translation>
        </message>
        <message>
            <source>Attach the order to the customer registered with the same e-mail (B2C).</source>
            <translation>De bestelling koppelen aan de klant die met hetzelfde e-mailadres geregistreerd is (B2C).</translation>
        </message>
        <message>
            <source>Internal comment</source>
            <translation>Interne opmerking</translation>
        </message>
        <message>
            <source>Shown only inside Centra.</source>
            <translation>Alleen zichtbaar in Centra.</translation>
        </message>
        <message>
            <source>B2B account ID</source>
            <translation>B2B-account-ID</translation>
        </message>
        <message>
            <source>Required for a B2B order.</source>
            <translation>Verplicht voor een B2B-bestelling.</translation>
        </message>
        <message>
            <source>PO number</source>
            <translation>Inkoopordernummer</translation>
        </message>
        <message>
            <source>B2B: shown on delivery notes and invoices.</source>
            <translation>B2B: staat op pakbonnen en facturen.</translation>
        </message>
        <message>
            <source>Order status</source>
            <translation>Orderstatus</translation>
        </message>
        <message>
            <source>Empty: BigCommerce makes the order 1: Pending.</source>
            <translation>Leeg: BigCommerce maakt de bestelling 1: Pending.</translation>
        </message>
        <message>
            <source>Customer ID</source>
            <translation>Klant-ID</translation>
        </message>
        <message>
            <source>A BigCommerce customer's ID; empty or 0 for a guest order.</source>
            <translation>Het ID van een BigCommerce-klant; leeg of 0 voor een gastbestelling.</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Betaalmethode</translation>
        </message>
        <message>
            <source>As the shop names it, such as Manual, Cash or Credit Card.</source>
            <translation>Zoals de winkel die noemt, bijvoorbeeld Handmatig, Contant of Creditcard.</translation>
        </message>
        <message>
            <source>Payment reference</source>
            <translation>Betalingskenmerk</translation>
        </message>
        <message>
            <source>The payment's transaction ID, if one was made.</source>
            <translation>Het transactie-ID van de betaling, als die er is.</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Korting</translation>
        </message>
        <message>
            <source>Taken off the order total.</source>
            <translation>Gaat van het totaal van de bestelling af.</translation>
        </message>
        <message>
            <source>Tax rate (%)</source>
            <translation>Btw-tarief (%)</translation>
        </message>
        <message>
            <source>Prices are typed including tax; BigCommerce also needs them excluding tax, worked out at this rate for the lines and the shipping cost. Empty: no tax.</source>
            <translation>Prijzen worden inclusief btw ingevoerd; BigCommerce wil ze ook exclusief btw, berekend met dit tarief voor de regels en de verzendkosten. Leeg: geen btw.</translation>
        </message>
        <message>
            <source>Staff notes</source>
            <translation>Notities voor medewerkers</translation>
        </message>
        <message>
            <source>Seen by staff only; the order notes go to the customer message.</source>
            <translation>Alleen voor medewerkers zichtbaar; de opmerkingen bij de bestelling gaan naar het klantbericht.</translation>
        </message>
        <message>
            <source>Send the review invitation after (unit)</source>
            <translation>Reviewuitnodiging sturen na (eenheid)</translation>
        </message>
        <message>
            <source>Leave empty to send no invitation.</source>
            <translation>Laat leeg om geen uitnodiging te sturen.</translation>
        </message>
        <message>
            <source>Send the review invitation after</source>
            <translation>Reviewuitnodiging sturen na</translation>
        </message>
        <message>
            <source>0 sends it right away.</source>
            <translation>0 stuurt haar meteen.</translation>
        </message>
        <message>
            <source>Send a reminder after (unit)</source>
            <translation>Herinnering sturen na (eenheid)</translation>
        </message>
        <message>
            <source>Leave empty for no reminder.</source>
            <translation>Laat leeg voor geen herinnering.</translation>
        </message>
        <message>
            <source>Send a reminder after</source>
            <translation>Herinnering sturen na</translation>
        </message>
        <message>
            <source>Counted from the order, like the invitation; at least 24 hours after it.</source>
            <translation>Geteld vanaf de bestelling, net als de uitnodiging; minstens 24 uur erna.</translation>
        </message>
        <message>
            <source>Filter code</source>
            <translation>Filtercode</translation>
        </message>
        <message>
            <source>Optional, at most 250 characters.</source>
            <translation>Optioneel, hoogstens 250 tekens.</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Optioneel</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minuten</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>uur</translation>
        </message>
        <message>
            <source>days</source>
            <translation>dagen</translation>
        </message>
        <message>
            <source>weekdays</source>
            <translation>werkdagen</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API-sleutel</translation>
        </message>
        <message>
            <source>access token</source>
            <translation>toegangstoken</translation>
        </message>
        <message>
            <source>client secret</source>
            <translation>clientgeheim</translation>
        </message>
        <message>
            <source>database password</source>
            <translation>databasewachtwoord</translation>
        </message>
        <message>
            <source>Account id</source>
            <translation>Account-ID</translation>
        </message>
        <message>
            <source>Your Dropday account id, sent as the account-id header with every request; it must belong to the API key.</source>
            <translation>Het ID van uw Dropday-account, bij elk verzoek meegestuurd als de header account-id; het moet bij de API-sleutel horen.</translation>
        </message>
        <message>
            <source>Store hash</source>
            <translation>Store-hash</translation>
        </message>
        <message>
            <source>Your store's permanent ID: the {store_hash} in https://api.bigcommerce.com/stores/{store_hash}/v2.</source>
            <translation>Het vaste ID van uw winkel: de {store_hash} in https://api.bigcommerce.com/stores/{store_hash}/v2.</translation>
        </message>
        <message>
            <source>Client id</source>
            <translation>Client-ID</translation>
        </message>
        <message>
            <source>The OAuth client id that, with the client secret, fetches an access token (oauth2/token).</source>
            <translation>Het OAuth-client-ID dat samen met het clientgeheim een toegangstoken ophaalt (oauth2/token).</translation>
        </message>
        <message>
            <source>Dropday's API address as its documentation gives it; change it only to try the local sandbox.</source>
            <translation>Het API-adres van Dropday zoals de documentatie het geeft; wijzig het alleen om de lokale sandbox te proberen.</translation>
        </message>
        <message>
            <source>The API key of your Dropday account, sent as the api-key header.</source>
            <translation>De API-sleutel van uw Dropday-account, meegestuurd als de header api-key.</translation>
        </message>
        <message>
            <source>The URL of your shop's Order API plugin in Centra; the plugin needs "Allow Order Create" turned on.</source>
            <translation>De URL van de Order API-plug-in van uw winkel in Centra; in de plug-in moet "Allow Order Create" aan staan.</translation>
        </message>
        <message>
            <source>The API key of that Order API plugin, sent as the API-Authorization header.</source>
            <translation>De API-sleutel van die Order API-plug-in, meegestuurd als de header API-Authorization.</translation>
        </message>
        <message>
            <source>BigCommerce's API gateway; orders go to &lt;base URL&gt;/stores/&lt;store hash&gt;/v2/orders.</source>
            <translation>De API-gateway van BigCommerce; bestellingen gaan naar &lt;basis-URL&gt;/stores/&lt;store-hash&gt;/v2/orders.</translation>
        </message>
        <message>
            <source>The access token of your store's API account, with the Orders "modify" scope (and Products "read-only" to pull the catalogue); sent as the X-Auth-Token header.</source>
            <translation>Het toegangstoken van het API-account van uw winkel, met de scope Orders "modify" (en Products "read-only" om de catalogus op te halen); meegestuurd als de header X-Auth-Token.</translation>
        </message>
        <message>
            <source>Feedback Company's API address as its documentation gives it; change it only to try the local sandbox.</source>
            <translation>Het API-adres van Feedback Company zoals de documentatie het geeft; wijzig het alleen om de lokale sandbox te proberen.</translation>
        </message>
        <message>
            <source>The client secret that belongs to the client id; the access token it buys is kept in the keyring too.</source>
            <translation>Het clientgeheim dat bij het client-ID hoort; het toegangstoken dat het oplevert, staat ook in de sleutelbos.</translation>
        </message>
        <message>
            <source>the API key is wrong or expired, or the account id does not belong to it (Dropday answers both the same way).</source>
            <translation>de API-sleutel klopt niet of is verlopen, of het account-ID hoort er niet bij (Dropday antwoordt in beide gevallen hetzelfde).</translation>
        </message>
        <message>
            <source>the API key is wrong, or is not the key of this Order API plugin.</source>
            <translation>de API-sleutel klopt niet, of is niet de sleutel van deze Order API-plug-in.</translation>
        </message>
        <message>
            <source>the access token is wrong, or its API account lacks the Orders scope.</source>
            <translation>het toegangstoken klopt niet, of het API-account mist de Orders-scope.</translation>
        </message>
        <message>
            <source>the client id or the client secret is wrong.</source>
            <translation>de client-ID of het clientgeheim klopt niet.</translation>
        </message>
        <message>
            <source>check the base URL.</source>
            <translation>controleer de basis-URL.</translation>
        </message>
        <message>
            <source>check the base URL and the store hash.</source>
            <translation>controleer de basis-URL en de store hash.</translation>
        </message>
        <message>
            <source>check the base URL: it is your Order API plugin's URL.</source>
            <translation>controleer de basis-URL: dat is de URL van uw Order API-plug-in.</translation>
        </message>
    </context>
    <context>
        <name>UnsavedClose</name>
        <message>
            <source>The order is not saved</source>
            <translation>De bestelling is niet bewaard</translation>
        </message>
        <message>
            <source>OrderDesk could not save this order in the journal, so it is only in this window: closing it loses what was typed.

{0}

Keep the window open and it is saved as soon as the journal can be reached, or keep the order in a file first with Order ▸ Save as API body… (Ctrl+S).</source>
            <translation>OrderDesk kon deze bestelling niet in het logboek bewaren, dus ze staat alleen in dit venster: wie het sluit, verliest wat er getypt is.

{0}

Laat het venster open, dan wordt ze bewaard zodra het logboek weer bereikbaar is, of bewaar de bestelling eerst in een bestand met Bestelling ▸ Opslaan als API-body… (Ctrl+S).</translation>
        </message>
        <message>
            <source>Keep the window open</source>
            <translation>Venster open laten</translation>
        </message>
        <message>
            <source>Close and lose the order</source>
            <translation>Sluiten zonder bewaren</translation>
        </message>
    </context>
    <context>
        <name>ValidationController</name>
        <message>
            <source>the form</source>
            <translation>het formulier</translation>
        </message>
        <message>
            <source>Could not check this order: {0}</source>
            <translation>Deze bestelling kon niet worden gecontroleerd: {0}</translation>
        </message>
    </context>
</TS>
