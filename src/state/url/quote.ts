// The link codec quotes user text as every message of the app does.
export { MAX_QUOTED, quote } from '../../text/userText';
