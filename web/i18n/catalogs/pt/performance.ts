import type en from "../en/performance";

/** A página pública de desempenho (`/performance`). */
const performance: typeof en = {
  footerLink: "Como estamos indo: números e dados abertos",
  homeLink: "Veja com que rapidez a cidade atende às solicitações e baixe os dados",
  title: "Como estamos indo",
  intro: "Solicitações feitas ao 311 de {from} a {to}, e com que rapidez a cidade as encerrou.",
  asOf: "Números até {time}.",
  summaryTitle: "Os últimos 12 meses",
  received: "Solicitações recebidas",
  closed: "Solicitações encerradas",
  onTime: "Encerradas no prazo",
  medianDays: "Mediana de dias até o encerramento",
  empty: "Nenhuma solicitação foi recebida ou encerrada neste período.",
  monthsTitle: "Mês a mês",
  chartLabel:
    "Gráfico de barras das solicitações recebidas e encerradas em cada mês de {from} a {to}. Os mesmos números estão na tabela abaixo.",
  monthsCaption: "Solicitações recebidas e encerradas em cada mês",
  month: "Mês",
  servicesTitle: "Por tipo de serviço",
  servicesIntro:
    "Cada tipo de serviço com solicitações recebidas ou encerradas nestes 12 meses, primeiro os mais solicitados.",
  servicesTableName: "Solicitações por tipo de serviço",
  scrollHint: "Em uma tela pequena, role a tabela para os lados para ver todas as colunas.",
  service: "Tipo de serviço",
  group: "Grupo",
  noFigure: "sem número",
  noFigureNote:
    "Um travessão (—) significa que não há número: fora as duplicadas, nenhuma solicitação desse tipo foi encerrada no período ou, para “no prazo”, nenhuma das encerradas tinha prazo.",
  aboutTitle: "Sobre estes números",
  aboutReceived:
    "Solicitações feitas no período por qualquer meio (telefone, internet, aplicativo ou pessoalmente), duplicadas incluídas.",
  aboutClosed: "Solicitações encerradas no período, não importa quando foram feitas.",
  aboutOnTime:
    "Das solicitações encerradas no período que tinham prazo, a parcela encerrada até o prazo. As duplicadas (problemas que alguém já tinha relatado) ficam de fora.",
  aboutMedian:
    "Metade das solicitações encerradas no período levou menos tempo do que isto e metade levou mais, em dias corridos (fins de semana e feriados incluídos) do relato ao encerramento. As duplicadas ficam de fora.",
  aboutFreshness: "Os números são recalculados no máximo a cada 5 minutos.",
  openDataTitle: "Dados abertos",
  openDataIntro:
    "Baixe os dados públicos de todas as solicitações para estudá-los você mesmo: o CSV abre em uma planilha, o GeoJSON em um mapa.",
  allCsv: "Todas as solicitações (CSV)",
  allGeojson: "Todas as solicitações (GeoJSON)",
  recentCsv: "Últimos 12 meses (CSV)",
  recentGeojson: "Últimos 12 meses (GeoJSON)",
  openDataContents:
    "Cada solicitação é uma linha: número de acompanhamento, tipo de serviço, departamento, situação, datas, local, a descrição como foi relatada e links para as fotos públicas.",
  openDataPrivacy:
    "Os arquivos nunca incluem nomes, e-mails ou telefones de quem relatou ou acompanha uma solicitação, qual funcionário cuida dela, as respostas às perguntas do formulário nem as anotações da equipe.",
};
export default performance;
