// Business-hours calendars, SLA deadlines, SLA status and escalation.
export {};
