<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>BulkRetry</name>
        <message numerus="yes">
            <source>%n order(s) will be sent:</source>
            <translation>
                <numerusform>%n order will be sent:</numerusform>
                <numerusform>%n orders will be sent:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0} ({1}): %n order(s)</source>
            <translation>
                <numerusform>{0} ({1}): %n order</numerusform>
                <numerusform>{0} ({1}): %n orders</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n batch request(s)</source>
            <translation>
                <numerusform>in %n batch request</numerusform>
                <numerusform>in %n batch requests</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) will not be sent: {0}.</source>
            <translation>
                <numerusform>%n order will not be sent: {0}.</numerusform>
                <numerusform>%n orders will not be sent: {0}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Send %n order(s)</source>
            <translation>
                <numerusform>&amp;Send %n order</numerusform>
                <numerusform>&amp;Send %n orders</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sending %n order(s) again…</source>
            <translation>
                <numerusform>Sending %n order again…</numerusform>
                <numerusform>Sending %n orders again…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopped. %n order(s) not sent; they stay in the outbox as they were.</source>
            <translation>
                <numerusform>Stopped. %n order was not sent; it stays in the outbox as it was.</numerusform>
                <numerusform>Stopped. %n orders were not sent; they stay in the outbox as they were.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Done: all %n order(s) at their API now.</source>
            <translation>
                <numerusform>Done: all %n order is at their API now.</numerusform>
                <numerusform>Done: all %n orders are at their API now.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Done. %n order(s) did not go through: see below. Open a rejected order in the form to fix it.</source>
            <translation>
                <numerusform>Done. %n order did not go through: see below. Open a rejected order in the form to fix it.</numerusform>
                <numerusform>Done. %n orders did not go through: see below. Open a rejected order in the form to fix it.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Catalogue</name>
        <message numerus="yes">
            <source>… and %n more line(s)</source>
            <translation>
                <numerusform>… and %n more line</numerusform>
                <numerusform>… and %n more lines</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ErrorSummary</name>
        <message numerus="yes">
            <source>%n error(s) to fix before sending</source>
            <translation>
                <numerusform>%n error to fix before sending</numerusform>
                <numerusform>%n errors to fix before sending</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s); the order can be sent</source>
            <translation>
                <numerusform>%n warning; the order can be sent</numerusform>
                <numerusform>%n warnings; the order can be sent</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LineProblems</name>
        <message numerus="yes">
            <source>… and %n more: F8 goes to each</source>
            <translation>
                <numerusform>… and %n more: F8 goes to each</numerusform>
                <numerusform>… and %n more: F8 goes to each</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LinesView</name>
        <message numerus="yes">
            <source>Deleted %n line(s)</source>
            <translation>
                <numerusform>Deleted %n line</numerusform>
                <numerusform>Deleted %n lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n line(s)</source>
            <translation>
                <numerusform>Pasted %n line</numerusform>
                <numerusform>Pasted %n lines</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutboxView</name>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n change</numerusform>
                <numerusform>%n changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s), newest first</source>
            <translation>
                <numerusform>%n order, newest first</numerusform>
                <numerusform>%n orders, newest first</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>To {0}: {1} after %n attempt(s)</source>
            <translation>
                <numerusform>To {0}: {1} after %n attempt</numerusform>
                <numerusform>To {0}: {1} after %n attempts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Checking %n order(s)…</source>
            <translation>
                <numerusform>Checking %n order…</numerusform>
                <numerusform>Checking %n orders…</numerusform>
            </translation>
        </message>
    </context>
</TS>
