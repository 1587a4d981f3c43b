/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The city's name as residents say it, e.g. "Springfield". */
  readonly VITE_CITY_NAME?: string;
}
