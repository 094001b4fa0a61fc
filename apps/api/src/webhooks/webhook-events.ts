/** The events a webhook can subscribe to, by their wire names (X-Alliance-Event, `type`). */
export const SUBSCRIBABLE_EVENTS = [
  'practice.published',
  'practice.updated',
  'thread.created',
  'post.created',
] as const;
export type SubscribableEvent = (typeof SUBSCRIBABLE_EVENTS)[number];

/** Every event type a delivery can carry: the subscribable ones and `ping` (sendTestWebhook). */
export type WebhookEventName = SubscribableEvent | 'ping';

/** Practice columns (as the trigger reports them) to the field names of the GraphQL API. */
export const PRACTICE_FIELD_NAMES: Record<string, string> = {
  title: 'title',
  summary: 'summary',
  body: 'body',
  focus_areas: 'focusAreas',
  purposes: 'purposes',
  forms_of_exploitation: 'formsOfExploitation',
  technologies: 'technologies',
  target_users: 'targetUsers',
  sectors: 'sectors',
  countries: 'countries',
  regions: 'regions',
  is_global: 'isGlobal',
  languages: 'languages',
  status: 'status',
  year_started: 'yearStarted',
  year_ended: 'yearEnded',
  links: 'links',
  contact: 'contact',
  evidence_level: 'evidenceLevel',
  survivor_involvement: 'survivorInvolvement',
  sdg_87: 'sdg87',
  ilo_indicators: 'iloIndicators',
  visibility: 'visibility',
  visible_to: 'visibleTo',
};
