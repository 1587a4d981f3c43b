/** Site-wide facts shown in the UI. The city name is build configuration (`VITE_CITY_NAME`). */
export const APP_NAME = "civic311";
export const CITY_NAME: string = import.meta.env.VITE_CITY_NAME?.trim() || "Demo City";
