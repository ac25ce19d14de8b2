export {
  planPromptAlarms,
  dueFeedbackPrompts,
  feedbackDueAt,
  promptAlarmName,
  parsePromptAlarmName,
  PROMPT_HORIZON_MS,
  type PlannedAlarm,
  type NotificationSettings,
} from './plan';
export { applyAlarmPlan, type AlarmPlanChange } from './alarms';
export { refreshPrompts, notifyDueFeedback, handlePromptAlarm, type PromptRefresh } from './prompts';
export { buildNotification, handleNotificationClick, type PromptNotification } from './notifications';
export { openFeedbackWindow } from './open';
