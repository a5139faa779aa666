export { LiveAnnouncer } from './LiveAnnouncer';
