/** The kiosk's paths: the page, its chat endpoint, and the printable report of a finished dialog. */
export const KIOSK_PAGE_PATH = '/';
export const KIOSK_CHAT_PATH = '/kiosk/chat';
export const KIOSK_REPORT_PATH = '/kiosk/report';
/** A pre-filled form of the finished dialog: `?program=tech-loan&form=A1-1`. */
export const KIOSK_PACK_PATH = '/kiosk/pack';

/** A one-time prefill link from an enterprise's report page: `?t=<token>` (docs/outreach.md). */
export const KIOSK_START_PATH = '/kiosk/start';
/** The visitor's optional name and contact, asked once at the start (POST JSON `{ name, contact }`). */
export const KIOSK_VISITOR_PATH = '/kiosk/visitor';

/** Every path the kiosk answers, for routers that route by exact path. */
export const KIOSK_PATHS = [
  KIOSK_PAGE_PATH,
  KIOSK_CHAT_PATH,
  KIOSK_REPORT_PATH,
  KIOSK_PACK_PATH,
  KIOSK_START_PATH,
  KIOSK_VISITOR_PATH,
] as const;
