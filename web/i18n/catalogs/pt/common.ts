import type en from "../en/common";

const common: typeof en = {
  skipToContent: "Pular para o conteúdo principal",
  siteTitle: "{city} 311",
  language: "Idioma",
  home: "Início",
  reportProblem: "Relatar um problema",
  trackRequest: "Acompanhar uma solicitação",
  nearMe: "Perto de mim",
  staffSignIn: "Acesso da equipe",
  loading: "Carregando…",
  emergency: "Em caso de emergência, ligue para o 911.",
  call311: "Ligue para o 311",
  callFromOutside: "De fora de {city}, ligue para {phone}.",
  notFound: "Página não encontrada",
  notFoundText: "Não há nenhuma página neste endereço.",
  errorTitle: "Algo deu errado",
};
export default common;
