export { type Clock, createManualClock, MANUAL_CLOCK_EPOCH, type ManualClock } from './engine/clock';
