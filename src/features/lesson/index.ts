export { LessonButton } from './LessonButton';
export { LessonSlot } from './LessonSlot';
