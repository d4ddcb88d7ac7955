<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>anchor::cli::CommandLine</name>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n lead(s) to %1.</source>
        <translation>
            <numerusform>Exported %n lead to %1.</numerusform>
            <numerusform>Exported %n leads to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: the keys reach %n account(s).</source>
        <translation>
            <numerusform>Connected: the keys reach %n account.</numerusform>
            <numerusform>Connected: the keys reach %n accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s)</source>
        <translation>
            <numerusform>%n journey</numerusform>
            <numerusform>%n journeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s) due</source>
        <translation>
            <numerusform>%n journey due</numerusform>
            <numerusform>%n journeys due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n board(s)</source>
        <translation>
            <numerusform>%n board</numerusform>
            <numerusform>%n boards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) archived</source>
        <translation>
            <numerusform>%n task archived</numerusform>
            <numerusform>%n tasks archived</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due-date automation(s) ran</source>
        <translation>
            <numerusform>%n due-date automation ran</numerusform>
            <numerusform>%n due-date automations ran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campaign</numerusform>
            <numerusform>%n campaigns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled campaign(s) started</source>
        <translation>
            <numerusform>%n scheduled campaign started</numerusform>
            <numerusform>%n scheduled campaigns started</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anchor::models::CampaignsTableModel</name>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n addres(es)</numerusform>
            <numerusform>%n address(es)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anchor::models::LeadsDocument</name>
    <message numerus="yes">
        <source>Set rating to %n star(s)</source>
        <translation>
            <numerusform>Set rating to %n star</numerusform>
            <numerusform>Set rating to %n stars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set rating of %1 leads to %n star(s)</source>
        <translation>
            <numerusform>Set rating of %1 leads to %n star</numerusform>
            <numerusform>Set rating of %1 leads to %n stars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anchor::models::TaskItemDocument</name>
    <message numerus="yes">
        <source>Log %n minute(s)</source>
        <translation>
            <numerusform>Log %n minute</numerusform>
            <numerusform>Log %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anchor::sync::MailgunSendJob</name>
    <message numerus="yes">
        <source>Mailgun did not accept the message after %n attempt(s).</source>
        <translation>
            <numerusform>Mailgun did not accept the message after %n attempt.</numerusform>
            <numerusform>Mailgun did not accept the message after %n attempts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be confirmed yet; they are checked on the next sync before being sent again.</source>
        <translation>
            <numerusform>%n message could not be confirmed yet; they are checked on the next sync before being sent again.</numerusform>
            <numerusform>%n messages could not be confirmed yet; they are checked on the next sync before being sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were refused by Mailgun.</source>
        <translation>
            <numerusform>%n message were refused by Mailgun.</numerusform>
            <numerusform>%n messages were refused by Mailgun.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anchor::ui::ActiveClientsPage</name>
    <message numerus="yes">
        <source>%n active client(s)</source>
        <translation>
            <numerusform>%n active client</numerusform>
            <numerusform>%n active clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anchor::ui::CampaignEditorDialog</name>
    <message numerus="yes">
        <source>%n valid address(es).</source>
        <translation>
            <numerusform>%n valid address(es).</numerusform>
            <numerusform>%n valid address(es).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) match now.</source>
        <translation>
            <numerusform>%n addres(es) match now.</numerusform>
            <numerusform>%n address(es) match now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid address(es) will be skipped.</source>
        <translation>
            <numerusform>%n invalid address(es) will be skipped.</numerusform>
            <numerusform>%n invalid address(es) will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) are not valid and will be left out: %1. Press Save again to save without them.</source>
        <translation>
            <numerusform>%n addres(es) are not valid and will be left out: %1. Press Save again to save without them.</numerusform>
            <numerusform>%n address(es) are not valid and will be left out: %1. Press Save again to save without them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anchor::ui::CampaignStatsPane</name>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anchor::ui::CampaignsPage</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campaign</numerusform>
            <numerusform>%n campaigns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anchor::ui::CtmSettingsDialog</name>
    <message numerus="yes">
        <source>Connected: the keys reach %n account(s).</source>
        <translation>
            <numerusform>Connected: the keys reach %n account.</numerusform>
            <numerusform>Connected: the keys reach %n accounts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anchor::ui::JourneysPage</name>
    <message numerus="yes">
        <source>%n journey(s)</source>
        <translation>
            <numerusform>%n journey</numerusform>
            <numerusform>%n journeys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anchor::ui::LeadsPage</name>
    <message numerus="yes">
        <source>Rate %n Star(s)</source>
        <translation>
            <numerusform>Rate %n Star</numerusform>
            <numerusform>Rate %n Stars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pipeline stage of %n lead(s):</source>
        <translation>
            <numerusform>Pipeline stage of %n lead:</numerusform>
            <numerusform>Pipeline stage of %n leads:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n lead(s) (type a new name to create it):</source>
        <translation>
            <numerusform>Tag for %n lead (type a new name to create it):</numerusform>
            <numerusform>Tag for %n leads (type a new name to create it):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leads loaded, more on scroll</source>
        <translation>
            <numerusform>%n lead loaded, more on scroll</numerusform>
            <numerusform>%n leads loaded, more on scroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leads</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anchor::ui::MailgunStatusWidget</name>
    <message numerus="yes">
        <source>Mailgun: events of %1, %n page(s)</source>
        <translation>
            <numerusform>Mailgun: events of %1, %n page</numerusform>
            <numerusform>Mailgun: events of %1, %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued</source>
        <translation>
            <numerusform>%n message queued</numerusform>
            <numerusform>%n messages queued</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anchor::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n leads loaded</source>
        <translation>
            <numerusform>%n lead loaded</numerusform>
            <numerusform>%n leads loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) to look at</source>
        <translation>
            <numerusform>%n new lead to look at</numerusform>
            <numerusform>%n new leads to look at</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anchor::ui::MyWorkPage</name>
    <message numerus="yes">
        <source>%n open task(s) assigned to you</source>
        <translation>
            <numerusform>%n open task assigned to you</numerusform>
            <numerusform>%n open tasks assigned to you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anchor::ui::SegmentsDialog</name>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n invalid address(es) would be skipped</source>
        <translation>
            <numerusform>; %n invalid address(es) would be skipped</numerusform>
            <numerusform>; %n invalid address(es) would be skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anchor::ui::StarRatingWidget</name>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anchor::ui::SyncStatusWidget</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anchor::ui::TaskBoardPage</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n task(s)</source>
        <translation>
            <numerusform>Move %n task</numerusform>
            <numerusform>Move %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anchor::ui::TaskItemDialog</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
</TS>
