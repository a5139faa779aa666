export { LessonButton } from './LessonButton';
export { useLessonFocus } from './lessonMode';
export { LessonSlot } from './LessonSlot';
