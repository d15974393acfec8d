<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountArchive</name>
    <message numerus="yes">
        <location filename="../lib/archive/accountarchive.cpp" line="120"/>
        <source>synced %n min ago</source>
        <translation>
            <numerusform>synced %n min ago</numerusform>
            <numerusform>synced %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/archive/accountarchive.cpp" line="122"/>
        <source>synced %n h ago</source>
        <translation>
            <numerusform>synced %n h ago</numerusform>
            <numerusform>synced %n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/archive/accountarchive.cpp" line="123"/>
        <source>synced %n day(s) ago</source>
        <translation>
            <numerusform>synced %n day ago</numerusform>
            <numerusform>synced %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/archive/accountarchive.cpp" line="137"/>
        <source>Archive: %Ln call(s) since %1</source>
        <translation>
            <numerusform>Archive: %Ln call since %1</numerusform>
            <numerusform>Archive: %Ln calls since %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message numerus="yes">
        <location filename="../app/gui/accountdialog.cpp" line="248"/>
        <source>Connected. Plivo lists %n call(s) in the last 7 days.</source>
        <translation>
            <numerusform>Connected. Plivo lists %n call in the last 7 days.</numerusform>
            <numerusform>Connected. Plivo lists %n calls in the last 7 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/accountdialog.cpp" line="280"/>
        <source>The archive answers: %1 holds %Ln call(s).</source>
        <translation>
            <numerusform>The archive answers: %1 holds %Ln call.</numerusform>
            <numerusform>The archive answers: %1 holds %Ln calls.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveSync</name>
    <message numerus="yes">
        <location filename="../lib/archive/archivesync.cpp" line="291"/>
        <source>The calls that ended between %1 and %2 could not be read (%n attempt(s)): %3</source>
        <translation>
            <numerusform>The calls that ended between %1 and %2 could not be read (%n attempt): %3</numerusform>
            <numerusform>The calls that ended between %1 and %2 could not be read (%n attempts): %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallDetails</name>
    <message numerus="yes">
        <location filename="../app/gui/calldetails.cpp" line="209"/>
        <source>%1 (%n s)</source>
        <translation>
            <numerusform>%1 (%n s)</numerusform>
            <numerusform>%1 (%n s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallStatsCharts</name>
    <message numerus="yes">
        <location filename="../app/gui/callstatscharts.cpp" line="498"/>
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln call</numerusform>
            <numerusform>%Ln calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/callstatscharts.cpp" line="509"/>
        <source>%n other cause(s): %1 (%2)</source>
        <translation>
            <numerusform>%n other cause: %1 (%2)</numerusform>
            <numerusform>%n other causes: %1 (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallTableModel</name>
    <message numerus="yes">
        <location filename="../lib/models/calltablemodel.cpp" line="750"/>
        <source>%1 · %n leg(s)</source>
        <translation>
            <numerusform>%1 · %n leg</numerusform>
            <numerusform>%1 · %n legs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallTableView</name>
    <message numerus="yes">
        <location filename="../app/gui/calltableview.cpp" line="142"/>
        <source>↑ %n new call(s)</source>
        <translation>
            <numerusform>↑ %n new call</numerusform>
            <numerusform>↑ %n new calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message numerus="yes">
        <location filename="../app/gui/chartsview.cpp" line="190"/>
        <source>%Ln call(s) · %1 answered · %2 billed minutes · total amount %3</source>
        <translation>
            <numerusform>%Ln call · %1 answered · %2 billed minutes · total amount %3</numerusform>
            <numerusform>%Ln calls · %1 answered · %2 billed minutes · total amount %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/chartsview.cpp" line="210"/>
        <source>Based on all %Ln call(s) Plivo returned (it counted %1).</source>
        <translation>
            <numerusform>Based on the %Ln call Plivo returned (it counted %1).</numerusform>
            <numerusform>Based on all %Ln calls Plivo returned (it counted %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/chartsview.cpp" line="213"/>
        <source>Based on all %Ln call(s) of the result.</source>
        <translation>
            <numerusform>Based on the %Ln call of the result.</numerusform>
            <numerusform>Based on all %Ln calls of the result.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/chartsview.cpp" line="215"/>
        <source>Based on %1 of %Ln call(s) (%2%): only the pages loaded so far, which are not a fair sample. Load all to make the charts exact.</source>
        <translation>
            <numerusform>Based on %1 of %Ln call (%2%): only the pages loaded so far, which are not a fair sample. Load all to make the charts exact.</numerusform>
            <numerusform>Based on %1 of %Ln calls (%2%): only the pages loaded so far, which are not a fair sample. Load all to make the charts exact.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="250"/>
        <source>Exported %n call(s) from the archive %1 to %2 in %3 s.</source>
        <translation>
            <numerusform>Exported %n call from the archive %1 to %2 in %3 s.</numerusform>
            <numerusform>Exported %n calls from the archive %1 to %2 in %3 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="262"/>
        <source>Counting calls… %n request(s)</source>
        <translation>
            <numerusform>Counting calls… %n request</numerusform>
            <numerusform>Counting calls… %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="270"/>
        <source>%1% %2 of %Ln call(s), %3 calls/s</source>
        <translation>
            <numerusform>%1% %2 of %Ln call, %3 calls/s</numerusform>
            <numerusform>%1% %2 of %Ln calls, %3 calls/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="278"/>
        <location filename="../app/cli/exportcommand.cpp" line="307"/>
        <source>%n retried</source>
        <translation>
            <numerusform>%n retried</numerusform>
            <numerusform>%n retried</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="304"/>
        <source>Exported %n call(s) to %1 in %2 s: </source>
        <translation>
            <numerusform>Exported %n call to %1 in %2 s: </numerusform>
            <numerusform>Exported %n calls to %1 in %2 s: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="306"/>
        <source>%n request(s), </source>
        <translation>
            <numerusform>%n request, </numerusform>
            <numerusform>%n requests, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="310"/>
        <source>%n repeated record(s) skipped</source>
        <translation>
            <numerusform>%n repeated record skipped</numerusform>
            <numerusform>%n repeated records skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../app/gui/exportdialog.cpp" line="43"/>
        <source>The whole filtered result (%Ln call(s))</source>
        <translation>
            <numerusform>The whole filtered result (%Ln call)</numerusform>
            <numerusform>The whole filtered result (%Ln calls)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message numerus="yes">
        <location filename="../app/gui/exportflow.cpp" line="157"/>
        <source>%1 of %Ln call(s) written, %2 per second</source>
        <translation>
            <numerusform>%1 of %Ln call written, %2 per second</numerusform>
            <numerusform>%1 of %Ln calls written, %2 per second</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/exportflow.cpp" line="164"/>
        <source>%Ln call(s) written to %1.</source>
        <translation>
            <numerusform>%Ln call written to %1.</numerusform>
            <numerusform>%Ln calls written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message numerus="yes">
        <location filename="../lib/export/exportjob.cpp" line="176"/>
        <source>%1 (%n attempt(s)): %2</source>
        <translation>
            <numerusform>%1 (%n attempt): %2</numerusform>
            <numerusform>%1 (%n attempts): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/export/exportjob.cpp" line="315"/>
        <source>Plivo reported %n call(s) for this filter; </source>
        <translation>
            <numerusform>Plivo reported %n call for this filter; </numerusform>
            <numerusform>Plivo reported %n calls for this filter; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/export/exportjob.cpp" line="316"/>
        <source>the export holds %n row(s)</source>
        <translation>
            <numerusform>the export holds %n row</numerusform>
            <numerusform>the export holds %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/export/exportjob.cpp" line="318"/>
        <source>(%n repeated record(s) skipped)</source>
        <translation>
            <numerusform>(%n repeated record skipped)</numerusform>
            <numerusform>(%n repeated records skipped)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LegTreeModel</name>
    <message numerus="yes">
        <location filename="../lib/models/legtreemodel.cpp" line="296"/>
        <source>An A-leg and %n B-leg(s).</source>
        <translation>
            <numerusform>An A-leg and %n B-leg.</numerusform>
            <numerusform>An A-leg and %n B-legs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="1027"/>
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="1102"/>
        <source>%1 of %Ln call(s) loaded</source>
        <translation>
            <numerusform>%1 of %Ln call loaded</numerusform>
            <numerusform>%1 of %Ln calls loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="1113"/>
        <source>following: %n new call(s)</source>
        <translation>
            <numerusform>following: %n new call</numerusform>
            <numerusform>following: %n new calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageParser</name>
    <message numerus="yes">
        <location filename="../lib/plivo/pageparser.cpp" line="211"/>
        <source>The response is too large to be a page of calls (%n bytes).</source>
        <translation>
            <numerusform>The response is too large to be a page of calls (%n byte).</numerusform>
            <numerusform>The response is too large to be a page of calls (%n bytes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueryPlan</name>
    <message numerus="yes">
        <location filename="../lib/plivo/queryplan.cpp" line="107"/>
        <source>The range is longer than the 30 days Plivo allows per request: Callscope asks for it in %n windows.</source>
        <translation>
            <numerusform>The range is longer than the 30 days Plivo allows per request: Callscope asks for it in %n window.</numerusform>
            <numerusform>The range is longer than the 30 days Plivo allows per request: Callscope asks for it in %n windows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/sandboxcommand.cpp" line="334"/>
        <source>Stopped after %Ln request(s).</source>
        <translation>
            <numerusform>Stopped after %Ln request.</numerusform>
            <numerusform>Stopped after %Ln requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchPanel</name>
    <message numerus="yes">
        <location filename="../app/gui/watchpanel.cpp" line="210"/>
        <source>Watch is off. %n rule(s) ready: %1.</source>
        <translation>
            <numerusform>Watch is off. %n rule ready: %1.</numerusform>
            <numerusform>Watch is off. %n rules ready: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/watchpanel.cpp" line="215"/>
        <source>Watching %n rule(s): %1.</source>
        <translation>
            <numerusform>Watching %n rule: %1.</numerusform>
            <numerusform>Watching %n rules: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchRule</name>
    <message numerus="yes">
        <location filename="../lib/watch/watchevaluator.cpp" line="58"/>
        <source>%n call(s) between %1 and %2</source>
        <translation>
            <numerusform>%n call between %1 and %2</numerusform>
            <numerusform>%n calls between %1 and %2</numerusform>
        </translation>
    </message>
</context>
</TS>
