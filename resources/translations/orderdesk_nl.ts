<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>AddressSection</name>
        <message>
            <source>First name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Street and number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address line 2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Postcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State / province</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;First name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>St&amp;reet and number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;ity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Co&amp;untry</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>OrderDesk cannot open its journal, where drafts and sent orders are kept, so the window did not start.

{0}

To start with an empty journal, close OrderDesk everywhere and move {1} aside (rename it or put it in another folder), together with {2}-wal and {2}-shm if they are there. Keep the moved files for support; OrderDesk has not changed them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OrderDesk cannot start</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Autosaver</name>
        <message>
            <source>The draft could not be saved: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BodyFiles</name>
        <message>
            <source>{0}: an order body is a JSON object, this file holds {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BulkRetry</name>
        <message>
            <source>created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>already there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not authorised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the API gave no reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} to {1}: {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send orders again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An order looked up first was perhaps created by an earlier attempt: it is sent only if the API does not have it.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>&amp;Send %n order(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending orders again</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Sending %n order(s) again…</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>%v of %m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for the first answer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orders that do not go through are listed here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop after the orders already on their way; no further order is sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} of {1} done: {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopping: the orders already on their way finish and are journaled; no further order is sent…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Stopped. %n order(s) not sent; they stay in the outbox as they were.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Done: all %n order(s) at their API now.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Done. %n order(s) did not go through: see below. Open a rejected order in the form to fix it.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Nothing was sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The orders could not be read from the journal ({0}: {1}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending stopped with an unexpected problem. The orders not sent yet stay in the outbox as they were.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot send again</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Catalogue</name>
        <message>
            <source>C&amp;atalogue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import products from CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Pull products from BigCommerce…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filled in {0} with their last address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing {0}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported {0} products ({1} new, {2} updated).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>… and %n more line(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Left out:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pull products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a BigCommerce profile first (Order ▸ Manage profiles).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the BigCommerce profile:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asking BigCommerce for its first page…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page {0} of {1}: {2} products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pull did not start: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pulled {0} products from {1} pages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled; kept {0} products from {1} pages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It stopped early: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CatalogueService</name>
        <message>
            <source>The catalogue cannot be searched: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Earlier customers cannot be read: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Core</name>
        <message>
            <source>the API answered with an error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no answer, the order may have arrived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not sent, the API never saw it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} cannot look orders up, so sending again could make this order twice. Check the {title} dashboard, then say what you found with Outbox ▸ Mark resolved… (or 'orderdesk outbox resolve ID --created REF' or '--not-created'); an order that is not there is then sent by Send again. To send it at once instead, save the order as a {title} body (Ctrl+S) and send it with 'orderdesk submit FILE --profile {profile} --force'.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CountryCombo</name>
        <message>
            <source>Name or code</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DestinationLabel</name>
        <message>
            <source>Tick a profile under Send to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} and {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send to {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DraftsDialog</name>
        <message>
            <source>Saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no customer yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drafts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put this draft on the Order page (Enter); the order there stays in the journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this draft for good (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orders typed but never sent, newest first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the drafts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the draft for {0}? It cannot be brought back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal could not be read or written: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That draft was sent or deleted meanwhile; it stays as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No drafts: every order typed so far was sent.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ErrorSummary</name>
        <message>
            <source>Nothing to check yet: tick a profile under Send to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ne&amp;xt problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the next error or warning (F8)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n error(s) to fix before sending</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s); the order can be sent</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>No problems found</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExtrasPanel</name>
        <message>
            <source>{0} settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not set)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FieldSlot</name>
        <message>
            <source>Required by {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JournalDamageNotice</name>
        <message>
            <source>Journal damaged: nothing is saved or sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OrderDesk found its journal, where drafts and sent orders are kept, damaged. From now on nothing is saved in it and no order is sent, so the order on screen lives only in this window: to keep it, save it with Order ▸ Save as API body… (Ctrl+S).

{0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal is damaged</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the system ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The window speaks {0} from the next start.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LineProblems</name>
        <message>
            <source>Line {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems in the product lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter or a click puts the cursor in that cell</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>… and %n more: F8 goes to each</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>LinesModel</name>
        <message>
            <source>Product ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EAN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supplier</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LinesView</name>
        <message>
            <source>Tab moves to the next cell; Tab at the end starts a new line. Ctrl+Tab leaves the table.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;uplicate lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear cells</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Deleted %n line(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Nothing to paste: copy rows from a spreadsheet first</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Pasted %n line(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>line {0} {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; not a number, left as it was: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} is not in the catalogue: it stays on line {1}; type the rest by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One more {0}: {1} on line {2}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Orders sent: find the ones that did not go through, fix them, send them again (Ctrl+2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopened the order you were typing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Submit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the order to every ticked profile (Ctrl+Return)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type an order and send it (Ctrl+1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open API body…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Drafts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save as API body…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Su&amp;bmit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next &amp;problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Manage profiles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Out&amp;box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sen&amp;d to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No profiles yet: add the APIs this shop sends orders to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mana&amp;ge profiles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order &amp;number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your order number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your shop's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test order (not to be fulfilled)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Na&amp;me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who placed the order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For confirmations, reviews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shipping address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Billing address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Billing address same as shipping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste rows copied from a spreadsheet with Ctrl+V</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Totals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shipping &amp;cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subtotal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delivery instructions, what was agreed on the phone…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The opened order stated a total of {0}; it is sent as stated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to fix.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New order started; the previous one is kept in the journal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened the draft for {0}; the previous order is kept in the journal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened {0} as a {1} order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {0} as a {1} body.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open an API order body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON (*.json);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which API is this body for?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file is not a {0} order: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the order as the body of which API?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as API body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick at least one profile under Send to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still sending; the results appear below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} for {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sent: fix the errors first ({0}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending to {0}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending finished: see Results.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The order could not be opened: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened {0}; its profile {1} no longer exists: tick where to send it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened {0} ({1} at {2}): fix what is marked, then Submit sends it again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Numbers</name>
        <message>
            <source>“{text}” is not a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” could mean two amounts: write {plain} or {with_decimals}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” is not written as a number in this language: did you mean {suggestion}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At most {decimals} decimals</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutboxModel</name>
        <message>
            <source>✖ Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✖ Rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>? Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✖ Not authorised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✔ Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… Sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending did not go through (a server error, a rate limit, no answer or no connection). Sending it again is safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The API refused what the order says. Open it in the form: its errors are next to the inputs. Fix them, then Submit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent, but no answer arrived: the order may or may not exist at the API. Sending it again looks it up first, so it is never created twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The API refused the profile's key. Fix the profile (Order ▸ Manage profiles), then send it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The API has the order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Being sent right now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>API error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The API answered with an error (a server error, a rate limit, or an answer its documentation does not describe). Sending it again is safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No answer came back after the request went out: the order may have arrived. This API refuses a second copy of the same order, so sending it again is safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The order never reached the API (no connection, no keyring, no access token). Sending it again is safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The API answered with a server error or an answer it does not document: the order may or may not exist there. Sending it again looks it up first, so it is never created twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last attempt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attempts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutboxView</name>
        <message>
            <source>Needs attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not authorised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Being sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 7 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Between…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Took</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No request: {0} checked at the API and marked the order resolved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(the secret is never kept; it comes from the keyring when sending)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no body: this request looked the order up, it did not create one)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No answer yet: this request is still on its way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>answered after {0} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the API said is wrong (shown next to the inputs when the order is opened in the form):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The answer had no body.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From attempt {0} ({1}) to attempt {2} ({3})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: the same body was sent both times.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>(whole body)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs attention: failed, rejected, unknown and not authorised orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All profiles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order number, customer or e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the journal again (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;how</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sea&amp;rch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open in &amp;form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put the order on the Order page to fix it and Submit it again (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send &amp;again…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the selected orders again; you see what goes where before anything is sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mark resolved…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what you found at the API for an unknown or failed order it cannot look up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select an order to see its attempts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select two attempts (Ctrl+click) to see what changed between them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy as &amp;cURL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the selected attempt as a cURL command for a support ticket; the API's secret is a placeholder such as $DROPDAY_API_KEY</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;ttempts, oldest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The outbox could not be read: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send {0} &amp;again…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No orders match: change the filters above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Showing {0} of {1} orders, newest first (scroll for more)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n order(s), newest first</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{0} selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no customer name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No order number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The attempts could not be read: {0}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>To {0}: {1} after %n attempt(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>resolved by {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… no answer yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to compare: this is the order's first request with a body. Select two attempts (Ctrl+click) to compare them.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Checking %n order(s)…</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Set {0} before running it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied attempt {0} as a cURL command; it holds no secret.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending again finished: see the list for each order's state.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProductCompleter</name>
        <message>
            <source>{0} in stock</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProfilesDialog</name>
        <message>
            <source>Waiting for the keyring to unlock…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profiles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the {0} to test the connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testing the connection…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the profile '{0}' and delete its secrets from the system keyring?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} Secrets cannot be stored until then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The system keyring cannot be used ({0}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} Nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved. The {0} is kept in the system keyring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} The profile was not removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed '{0}' and its secrets.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot be read: the system keyring is unavailable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot be read: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stored; type a new {0} to replace it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not stored: enter the {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} The connection was not tested.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>asking the system keyring whether it is stored…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} stopped with an unexpected problem ({1}); reopen the dialog to see what was kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Live store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Base URL</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResolveDialog</name>
        <message>
            <source>Mark resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} to {1} is {2}. Check at the API (its dashboard) whether the order is there, then say what you found. It is recorded in the order's attempts as said by {3}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It &amp;is at the API, reference:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>as the API's dashboard shows it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is &amp;not at the API: Send again sends it, without looking it up first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mark resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recording…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not recorded: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} marked as at {1} (reference {2}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} marked as not at {1}: Send again sends it without a lookup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the reference the API shows for the order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>failed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message>
            <source>Created — reference {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already there — reference {0} (sent before, not created twice)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already there (sent before, not created twice)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Rejected: %n problem(s) shown next to the inputs</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Rejected: see below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The API refused the key. Check the profile under Order ▸ Manage profiles.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not authorised: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the API did not take the order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed — {0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the order may or may not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown — {0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send this order to {0} again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answered after {0} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending… {0} s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SendToList</name>
        <message>
            <source>Send to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick each profile this order goes to (Space ticks the highlighted one)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SubmitController</name>
        <message>
            <source>Sending stopped with an unexpected problem ({0}). The order may or may not have arrived; check before sending it again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Targets</name>
        <message>
            <source>Shipping provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The carrier, such as "UPS".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Such as UPS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shipping method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Such as "Standard delivery".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Such as Standard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected delivery date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As DD-MM-YYYY, such as 07-11-2025.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DD-MM-YYYY</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Centra's only protection against creating an order twice: a second order with the same number is refused. Leave empty to let Centra number the order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Market</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Market name; empty uses the market of the delivery country.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pricelist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pricelist name; empty uses the pricelist of the country.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shipping option</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shipping option URI such as ups-standard; empty uses the default for the products and country.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allocation rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allocation rule (warehouse group); empty uses the market's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send order confirmation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not set follows the store setting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only prepare the order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prepare the order without placing it; it is completed later (Complete order).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take products from stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the products from stock and fail when stock is missing. Not set means yes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create even if products are missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Products that do not exist are marked back-ordered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach to the registered customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach the order to the customer registered with the same e-mail (B2C).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Internal comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shown only inside Centra.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>B2B account ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Required for a B2B order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PO number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>B2B: shown on delivery notes and invoices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Empty: BigCommerce makes the order 1: Pending.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A BigCommerce customer's ID; empty or 0 for a guest order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payment method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the shop names it, such as Manual, Cash or Credit Card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payment reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The payment's transaction ID, if one was made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taken off the order total.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tax rate (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prices are typed including tax; BigCommerce also needs them excluding tax, worked out at this rate for the lines and the shipping cost. Empty: no tax.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staff notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seen by staff only; the order notes go to the customer message.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the review invitation after (unit)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave empty to send no invitation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the review invitation after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0 sends it right away.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send a reminder after (unit)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave empty for no reminder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send a reminder after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counted from the order, like the invitation; at least 24 hours after it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional, at most 250 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>weekdays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>API key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>access token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>client secret</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your Dropday account id, sent as the account-id header with every request; it must belong to the API key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Store hash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your store's permanent ID: the {store_hash} in https://api.bigcommerce.com/stores/{store_hash}/v2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The OAuth client id that, with the client secret, fetches an access token (oauth2/token).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dropday's API address as its documentation gives it; change it only to try the local sandbox.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The API key of your Dropday account, sent as the api-key header.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The URL of your shop's Order API plugin in Centra; the plugin needs "Allow Order Create" turned on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The API key of that Order API plugin, sent as the API-Authorization header.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BigCommerce's API gateway; orders go to &lt;base URL&gt;/stores/&lt;store hash&gt;/v2/orders.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The access token of your store's API account, with the Orders "modify" scope (and Products "read-only" to pull the catalogue); sent as the X-Auth-Token header.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feedback Company's API address as its documentation gives it; change it only to try the local sandbox.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client secret that belongs to the client id; the access token it buys is kept in the keyring too.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ValidationController</name>
        <message>
            <source>the form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not check this order: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
