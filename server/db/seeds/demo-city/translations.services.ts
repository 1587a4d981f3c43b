// Spanish and Portuguese for the demo city's online content: service groups, names, descriptions, question
// prompts, help texts and answer values (content/services.ts is the English source). Saved as
// content_translations rows: entity "service_group" (key group, field name), "service" (key code, fields
// name/description), "service_question" (key service.question, fields prompt/help) and "service_value"
// (key service.question.value, field name).
import type { DbOrTx } from "../../../platform/db.js";
import { saveTranslations } from "../../../platform/translations.js";

interface Q {
  prompt: string;
  help?: string;
  values?: Record<string, string>;
}
interface S {
  name: string;
  description: string;
  questions: Record<string, Q>;
}
interface LanguagePack {
  groups: Record<string, string>;
  services: Record<string, S>;
}

const q = (prompt: string, values?: Record<string, string>, help?: string): Q => ({
  prompt,
  ...(values ? { values } : {}),
  ...(help ? { help } : {}),
});

const esDays = {
  monday: "Lunes",
  tuesday: "Martes",
  wednesday: "Miércoles",
  thursday: "Jueves",
  friday: "Viernes",
};
const ptDays = {
  monday: "Segunda-feira",
  tuesday: "Terça-feira",
  wednesday: "Quarta-feira",
  thursday: "Quinta-feira",
  friday: "Sexta-feira",
};
const esYesNo = { yes: "Sí", no: "No" };
const ptYesNo = { yes: "Sim", no: "Não" };
const esYesNoUnsure = { yes: "Sí", no: "No", not_sure: "No estoy seguro" };
const ptYesNoUnsure = { yes: "Sim", no: "Não", not_sure: "Não tenho certeza" };

const es: LanguagePack = {
  groups: {
    "Streets & Sidewalks": "Calles y aceras",
    "Trash & Recycling": "Basura y reciclaje",
    "Housing & Buildings": "Vivienda y edificios",
    "Parks & Trees": "Parques y árboles",
    Graffiti: "Grafiti",
    "Parking & Vehicles": "Estacionamiento y vehículos",
    Animals: "Animales",
    Noise: "Ruido",
    Health: "Salud",
    "Water & Sewer": "Agua y alcantarillado",
    General: "General",
  },
  services: {
    pothole: {
      name: "Bache",
      description: "Reporte un bache o pavimento roto en una calle de la ciudad.",
      questions: {
        size: q("¿Más o menos de qué tamaño es el bache?", {
          smaller_than_plate: "Más pequeño que un plato",
          plate_to_tire: "Entre un plato y una llanta de auto",
          larger_than_tire: "Más grande que una llanta de auto",
        }),
        location_in_road: q("¿En qué parte de la calle está?", {
          travel_lane: "En un carril de circulación",
          crosswalk: "En un cruce peatonal",
          near_curb: "Junto a la acera o la cuneta",
          bike_lane: "En un carril de bicicletas",
        }),
        vehicle_damage: q(
          "¿El bache dañó algún vehículo?",
          esYesNo,
          "Los reclamos por daños se presentan por separado ante el Procurador de la Ciudad dentro de 30 días.",
        ),
      },
    },
    streetlight_out: {
      name: "Farola apagada",
      description: "Reporte una farola apagada, que parpadea o que está encendida de día.",
      questions: {
        pole_number: q("Número del poste (en la placa metálica del poste), si se ve"),
        problem: q("¿Qué le pasa a la luz?", {
          out: "Totalmente apagada",
          flickering: "Parpadea o se enciende y apaga",
          day_burner: "Encendida de día",
          pole_damaged: "Poste caído o dañado",
        }),
        lights_out_count: q("¿Cuántas luces seguidas están apagadas?"),
      },
    },
    sidewalk_repair: {
      name: "Reparación de acera",
      description: "Reporte una acera agrietada, levantada o rota, o una rampa dañada.",
      questions: {
        problem_type: q("¿Cuál es el problema? (marque todo lo que corresponda)", {
          cracked: "Losas agrietadas o rotas",
          heaved: "Levantada (peligro de tropiezo)",
          tree_roots: "Levantada por raíces de árboles",
          curb_ramp: "Rampa dañada o inexistente",
          missing_section: "Falta una sección",
        }),
        height_difference_inches: q("Altura aproximada del desnivel, en pulgadas"),
      },
    },
    traffic_signal: {
      name: "Problema de semáforo",
      description: "Reporte un semáforo o señal peatonal apagado, trabado o dañado.",
      questions: {
        signal_problem: q("¿Qué hace el semáforo?", {
          dark: "Todas las luces apagadas",
          flashing: "Parpadea en rojo o amarillo",
          stuck: "Trabado en un color",
          ped_button: "El botón o la señal peatonal no funciona",
          knocked_down: "Semáforo o poste dañado",
        }),
        direction: q("¿Qué sentido de circulación está afectado (p. ej. hacia el norte por Main Street)?"),
      },
    },
    street_sign: {
      name: "Señal de tránsito dañada o faltante",
      description: "Reporte una señal de calle o de tránsito dañada, faltante, descolorida o girada.",
      questions: {
        sign_type: q("¿Qué tipo de señal es?", {
          stop: "Señal de alto",
          yield: "Señal de ceda el paso",
          street_name: "Letrero con el nombre de la calle",
          speed_limit: "Señal de límite de velocidad",
          parking: "Señal de estacionamiento",
          other: "Otra",
        }),
        condition: q("¿Qué le pasa?", {
          missing: "Falta",
          knocked_down: "Derribada",
          turned: "Girada hacia otro lado",
          faded: "Descolorida o ilegible",
        }),
      },
    },
    snow_ice_sidewalk: {
      name: "Nieve o hielo en la acera",
      description: "Reporte una acera que no se limpió de nieve o hielo en el plazo exigido.",
      questions: {
        property_type: q("¿Qué tipo de propiedad está frente a la acera?", {
          residential: "Residencial",
          business: "Comercio",
          city_property: "Propiedad municipal (escuela, parque, Ayuntamiento)",
          vacant: "Terreno o edificio vacío",
        }),
        observed_at: q("¿Cuándo vio la acera sin limpiar?"),
      },
    },
    unplowed_street: {
      name: "Calle sin despejar",
      description: "Reporte una calle de la ciudad sin quitanieves ni arena durante una tormenta.",
      questions: {
        problem: q("¿Cuál es el problema?", {
          not_plowed: "La calle no se despejó",
          needs_sand: "Despejada pero con hielo, necesita arena o sal",
          blocked_hydrant: "Nieve amontonada sobre un hidrante",
          blocked_intersection: "Montículo de nieve que tapa la vista en una esquina",
        }),
        last_plowed: q("¿Cuándo se despejó la calle por última vez, si lo sabe?"),
      },
    },
    catch_basin: {
      name: "Sumidero tapado",
      description: "Reporte un desagüe pluvial (sumidero) tapado o dañado, o una calle inundada.",
      questions: {
        condition: q("¿Qué ve? (marque todo lo que corresponda)", {
          clogged_leaves: "Tapado con hojas o basura",
          standing_water: "Agua estancada en la calle",
          broken_grate: "Rejilla rota o faltante",
          odor: "Mal olor",
        }),
      },
    },
    missed_trash: {
      name: "Basura no recogida",
      description: "Reporte basura que no se recogió en su día programado.",
      questions: {
        collection_day: q("¿Cuál es su día habitual de recolección?", esDays),
        out_by_7am: q("¿La basura estaba en la acera antes de las 7:00 a. m.?", esYesNoUnsure),
        barrel_count: q("¿Cuántos botes o bolsas no se recogieron?"),
      },
    },
    missed_recycling: {
      name: "Reciclaje no recogido",
      description: "Reporte reciclaje que no se recogió en su día programado.",
      questions: {
        cart_tagged: q("¿Dejaron una etiqueta o calcomanía en el contenedor?", {
          yes: "Sí, había una etiqueta",
          no: "Sin etiqueta",
        }),
        collection_day: q("¿Cuál es su día habitual de recolección?", esDays),
      },
    },
    bulk_item_pickup: {
      name: "Recogida de objetos grandes",
      description: "Programe la recogida de muebles, colchones, electrodomésticos u otros objetos grandes.",
      questions: {
        items: q("¿Qué objetos hay que recoger?", {
          furniture: "Muebles (sofá, silla, mesa)",
          mattress: "Colchón o somier",
          appliance: "Electrodoméstico sin freón (lavadora, estufa)",
          freon_appliance: "Electrodoméstico con freón (refrigerador, aire acondicionado, deshumidificador)",
          other: "Otro objeto grande",
        }),
        item_count: q("¿Cuántos objetos en total?", undefined, "Hasta 3 objetos por hogar por semana."),
        item_description: q("Describa los objetos"),
      },
    },
    illegal_dumping: {
      name: "Vertido ilegal",
      description:
        "Reporte basura, muebles, llantas o escombros tirados en la vía pública o en un terreno vacío.",
      questions: {
        material: q("¿Qué tiraron?", {
          household_trash: "Bolsas de basura doméstica",
          furniture: "Muebles o colchones",
          tires: "Llantas",
          construction: "Escombros de construcción",
          hazardous: "Pintura, aceite o productos químicos",
        }),
        vehicle_plate: q("Placa del vehículo involucrado, si la vio"),
        seen_at: q("¿Cuándo ocurrió el vertido?"),
      },
    },
    litter_basket: {
      name: "Papelera pública desbordada",
      description: "Reporte un bote de basura público lleno o desbordado en una acera o zona comercial.",
      questions: {
        household_trash: q("¿Parece que alguien tira ahí basura doméstica?", esYesNo),
      },
    },
    recycling_cart_request: {
      name: "Pedir contenedor de reciclaje",
      description: "Pida un contenedor de reciclaje nuevo, adicional o de reemplazo.",
      questions: {
        reason: q("¿Por qué necesita un contenedor?", {
          new_resident: "Residente nuevo / sin contenedor",
          damaged: "Contenedor dañado",
          stolen: "Contenedor perdido o robado",
          additional: "Contenedor adicional ($60)",
        }),
        unit_count: q("¿Cuántas viviendas tiene el edificio?"),
      },
    },
    abandoned_building: {
      name: "Edificio abandonado",
      description: "Reporte un edificio vacío que está abierto, sin asegurar o que atrae intrusos.",
      questions: {
        conditions: q("¿Qué ha notado?", {
          open_doors_windows: "Puertas o ventanas abiertas o rotas",
          trespassers: "Gente que entra y sale",
          overgrown: "Patio con maleza o basura",
          structural: "Daños estructurales (techo, porche)",
          rodents: "Roedores",
        }),
        vacant_since: q("¿Más o menos desde cuándo está vacío?"),
      },
    },
    housing_code: {
      name: "Queja de vivienda",
      description:
        "Reporte un problema en una vivienda alquilada: sin calefacción, sin agua caliente, goteras, moho o plagas.",
      questions: {
        issues: q("¿Qué problemas reporta?", {
          no_heat: "Sin calefacción",
          no_hot_water: "Sin agua caliente",
          leaks: "Goteras o daños por agua",
          mold: "Moho",
          pests: "Insectos o roedores",
          electrical: "Peligro eléctrico",
        }),
        unit_number: q("Número de apartamento o unidad"),
        landlord_notified: q("¿Cuándo avisó al propietario?"),
        details: q("Describa el problema y desde cuándo ocurre"),
      },
    },
    rodent_sighting: {
      name: "Roedores",
      description: "Reporte ratas o madrigueras al aire libre en propiedad pública o privada.",
      questions: {
        where_seen: q("¿Dónde vio los roedores?", {
          yard: "Patio o callejón",
          street_sidewalk: "Calle o acera",
          park: "Parque",
          dumpster: "Cerca de un contenedor o restaurante",
          vacant_lot: "Terreno vacío",
        }),
        burrows_seen: q("¿Vio madrigueras (agujeros en el suelo)?", esYesNo),
      },
    },
    unsafe_structure: {
      name: "Estructura peligrosa",
      description: "Reporte un edificio, porche, muro, cerca o letrero que parece a punto de caerse.",
      questions: {
        structure_type: q("¿Qué es peligroso?", {
          building: "Edificio o fachada",
          porch_deck: "Porche, terraza o escaleras",
          retaining_wall: "Muro de contención",
          sign_awning: "Letrero o toldo",
          chimney: "Chimenea",
        }),
        over_public_way: q("¿Podría caer sobre una acera o calle?", esYesNo),
        description: q("Describa lo que ve"),
      },
    },
    illegal_rooming_house: {
      name: "Casa de huéspedes ilegal / hacinamiento",
      description: "Reporte una casa que parece dividida ilegalmente en cuartos o que está sobreocupada.",
      questions: {
        observations: q("¿Qué ha observado?", {
          many_mailboxes: "Muchos buzones o timbres",
          many_vehicles: "Muchos vehículos",
          basement_living: "Gente viviendo en el sótano o el ático",
          trash_overflow: "Exceso de basura",
        }),
        estimated_occupants: q("¿Más o menos cuántas personas viven ahí?"),
      },
    },
    overgrown_lot: {
      name: "Terreno privado con maleza o basura",
      description: "Reporte maleza alta, basura o escombros en una propiedad privada.",
      questions: {
        problem: q("¿Cuál es el problema?", {
          tall_grass: "Pasto o maleza de más de 12 pulgadas",
          trash: "Basura o escombros",
          unregistered_cars: "Vehículos sin registro en el patio",
        }),
      },
    },
    tree_down: {
      name: "Árbol caído o rama colgando",
      description: "Reporte un árbol municipal caído, una rama grande rota o una rama colgando.",
      questions: {
        blocking: q("¿Qué bloquea el árbol o la rama?", {
          road: "La calle (todos los carriles)",
          lane: "Un carril",
          sidewalk: "La acera",
          on_wires: "Apoyado en cables",
          on_house_car: "Sobre una casa o un auto",
          nothing: "Nada, está en el pasto",
        }),
        tree_location: q("¿Dónde está plantado el árbol?", {
          street_tree: "En la acera o franja verde (árbol municipal)",
          park: "Parque o propiedad municipal",
          private_yard: "Patio privado",
          not_sure: "No estoy seguro",
        }),
      },
    },
    tree_pruning: {
      name: "Poda o retiro de árbol",
      description: "Pida la poda, inspección o retiro de un árbol municipal de la calle.",
      questions: {
        request_type: q("¿Qué pide?", {
          prune: "Podar ramas",
          inspect: "Inspeccionar un árbol que parece enfermo",
          remove_dead: "Retirar un árbol muerto",
          clearance: "Despejar ramas sobre la calle o la acera",
        }),
        tree_details: q("Describa el árbol y el problema"),
      },
    },
    park_maintenance: {
      name: "Mantenimiento de parques",
      description:
        "Reporte un problema en un parque o campo: basura, bancas rotas, luces o pasto sin cortar.",
      questions: {
        park_name: q("Nombre del parque o campo"),
        issue: q("¿Qué necesita atención?", {
          trash: "Basura",
          mowing: "Hay que cortar el pasto",
          bench_table: "Banca o mesa de picnic rota",
          lights: "Luces apagadas",
          court_field: "Superficie de cancha o campo dañada",
          water_fountain: "Bebedero o baño",
        }),
      },
    },
    playground_damage: {
      name: "Juegos infantiles dañados",
      description: "Reporte juegos infantiles o superficies rotas o peligrosas.",
      questions: {
        equipment: q("¿Qué juego está dañado?", {
          swing: "Columpio",
          slide: "Tobogán",
          climber: "Estructura para trepar",
          surfacing: "Superficie de seguridad o astillas de madera",
          fence_gate: "Cerca o portón",
        }),
        injury: q("¿Alguien se lastimó?", esYesNo),
      },
    },
    graffiti_removal: {
      name: "Retiro de grafiti",
      description: "Reporte grafiti en propiedad pública o pida su retiro gratuito de una propiedad privada.",
      questions: {
        surface: q("¿Dónde está el grafiti?", {
          public_building: "Edificio municipal o escuela",
          private_building: "Edificio privado",
          utility_box: "Caja de servicios o poste",
          sign_bridge: "Letrero, puente o muro",
          sidewalk_street: "Acera o calle",
        }),
        offensive: q("¿El grafiti es ofensivo o de odio?", esYesNo),
      },
    },
    abandoned_vehicle: {
      name: "Vehículo abandonado",
      description:
        "Reporte un vehículo que no se ha movido en más de 72 horas o sin registro en una calle de la ciudad.",
      questions: {
        make_model: q("Marca, modelo y color del vehículo"),
        plate: q("Placa y estado, si tiene"),
        days_parked: q("¿Más o menos cuántos días lleva estacionado ahí?"),
      },
    },
    parking_enforcement: {
      name: "Infracción de estacionamiento",
      description:
        "Reporte un vehículo que bloquea una entrada, un hidrante, un cruce peatonal o un espacio para discapacitados.",
      questions: {
        violation: q("¿Cuál es la infracción?", {
          blocking_driveway: "Bloquea una entrada de autos",
          hydrant: "Estacionado junto a un hidrante",
          crosswalk: "En un cruce peatonal o en una esquina",
          handicap: "En un espacio para discapacitados sin permiso",
          permit_zone: "En zona de residentes sin permiso",
          double_parked: "Estacionado en doble fila",
        }),
        plate: q("Número de placa"),
      },
    },
    residential_permit_request: {
      name: "Permiso de estacionamiento residencial",
      description:
        "Pida un permiso de estacionamiento para residentes o visitantes, o una nueva zona de permisos en su calle.",
      questions: {
        request_kind: q("¿Qué necesita?", {
          new_permit: "Nuevo permiso de residente",
          renewal: "Renovación",
          visitor_pass: "Pase de visitante",
          new_zone: "Nueva zona de permisos en mi calle",
        }),
        vehicle_count: q("Número de vehículos registrados en la dirección"),
      },
    },
    dead_animal: {
      name: "Retiro de animal muerto",
      description: "Reporte un animal muerto en una calle, acera u otra propiedad pública.",
      questions: {
        animal_type: q("¿Qué tipo de animal?", {
          cat_dog: "Gato o perro",
          raccoon_skunk: "Mapache, zorrillo o zarigüeya",
          deer: "Venado",
          bird: "Ave",
          other: "Otro",
        }),
        in_roadway: q("¿Está en el carril de circulación?", esYesNo),
      },
    },
    loose_dog: {
      name: "Perro suelto",
      description: "Reporte un perro callejero o suelto, o un perro sin correa en violación de la ley.",
      questions: {
        dog_description: q("Describa el perro (tamaño, color, raza, collar)"),
        behavior: q("¿Cómo se comporta el perro?", {
          friendly: "Amistoso o tranquilo",
          scared: "Asustado o corriendo",
          aggressive: "Agresivo o gruñendo",
          injured: "Herido",
        }),
      },
    },
    barking_dog: {
      name: "Perro que ladra",
      description: "Reporte un perro que ladra sin parar y molesta al vecindario.",
      questions: {
        times_of_day: q("¿Cuándo ladra?", {
          morning: "Por la mañana",
          afternoon: "Por la tarde",
          evening: "Al anochecer",
          overnight: "De madrugada",
        }),
        dog_address_known: q("Dirección donde vive el perro, si es distinta del lugar"),
      },
    },
    noise_complaint: {
      name: "Queja por ruido",
      description: "Reporte música alta, fiestas, obras fuera del horario permitido u otros ruidos.",
      questions: {
        noise_source: q("¿De dónde viene el ruido?", {
          music_party: "Música o fiesta",
          construction: "Obras",
          vehicle: "Vehículo o motocicleta",
          business: "Comercio o bar",
          equipment: "Equipos (generador, climatización, sopladora de hojas)",
        }),
        started_at: q("¿Cuándo empezó el ruido?"),
        ongoing: q("¿Está ocurriendo ahora?", { yes: "Sí", no: "No, ocurre con frecuencia" }),
      },
    },
    food_establishment_complaint: {
      name: "Queja sobre un establecimiento de comida",
      description:
        "Reporte condiciones insalubres o una posible intoxicación en un restaurante, mercado o camión de comida.",
      questions: {
        establishment_name: q("Nombre del restaurante, tienda o camión"),
        complaint_type: q("¿De qué se trata la queja?", {
          illness: "Enfermedad después de comer",
          pests: "Insectos o roedores",
          unclean: "Condiciones sucias",
          food_handling: "Manejo inadecuado de alimentos",
          foreign_object: "Objeto extraño en la comida",
        }),
        visit_date: q("¿Cuándo fue o comió ahí?"),
        people_ill: q("¿Cuántas personas se enfermaron?"),
      },
    },
    needle_pickup: {
      name: "Recogida de agujas",
      description: "Reporte agujas o jeringas tiradas en la vía pública para que se retiren con seguridad.",
      questions: {
        needle_count: q("¿Más o menos cuántas agujas?"),
        nearby: q("¿Está cerca de alguno de estos lugares?", {
          school: "Escuela",
          playground: "Juegos infantiles o parque",
          bus_stop: "Parada de autobús",
          business: "Entrada de un comercio",
        }),
      },
    },
    water_main_break: {
      name: "Rotura de tubería de agua",
      description:
        "Reporte agua que sale de la calle, un hundimiento o una pérdida repentina de presión. Llame al 311; no lo reporte en línea.",
      questions: {
        severity: q("¿Cuánta agua hay?", {
          trickle: "Un hilo de agua por una grieta",
          flowing: "Corre agua constante por la calle",
          gushing: "Sale a chorros o burbujea",
          no_water: "No se ve agua, pero no sale agua del grifo",
        }),
        entering_buildings: q("¿Está entrando agua en algún edificio?", esYesNoUnsure),
        first_noticed: q("¿Cuándo lo notó por primera vez?"),
      },
    },
    hydrant_problem: {
      name: "Problema con un hidrante",
      description: "Reporte un hidrante que gotea, está abierto, dañado o derribado.",
      questions: {
        hydrant_issue: q("¿Qué le pasa al hidrante?", {
          leaking: "Gotea",
          open: "Abierto y corriendo",
          knocked_over: "Derribado o dañado",
          cap_missing: "Falta la tapa",
        }),
      },
    },
    sewer_backup: {
      name: "Retorno de alcantarillado u olor",
      description:
        "Reporte aguas residuales que suben dentro de un edificio o un fuerte olor a alcantarilla.",
      questions: {
        symptoms: q("¿Qué está pasando?", {
          basement_backup: "Sube agua residual en el sótano",
          fixtures_slow: "Inodoros o desagües que se devuelven",
          manhole_overflow: "Alcantarilla desbordada",
          odor: "Olor a alcantarilla",
        }),
        neighbors_affected: q("¿Los vecinos tienen el mismo problema?", esYesNoUnsure),
      },
    },
    general_comment: {
      name: "Pedido o comentario general para la Alcaldía",
      description: "Envíe una pregunta, sugerencia, felicitación o queja que no encaje en otra categoría.",
      questions: {
        comment_type: q("¿Qué tipo de mensaje es?", {
          question: "Pregunta",
          suggestion: "Sugerencia",
          complaint: "Queja",
          compliment: "Felicitación",
        }),
        message: q("Su mensaje"),
        response_wanted: q("¿Quiere una respuesta?", {
          yes_email: "Sí, por correo electrónico",
          yes_phone: "Sí, por teléfono",
          no: "No necesito respuesta",
        }),
      },
    },
    traffic_calming: {
      name: "Seguridad vial o exceso de velocidad",
      description:
        "Reporte exceso de velocidad o un cruce peligroso, o pida un cruce peatonal o un estudio de moderación del tránsito.",
      questions: {
        concern: q("¿Cuál es la preocupación?", {
          speeding: "Exceso de velocidad",
          cut_through: "Tránsito de paso",
          crosswalk_needed: "Hace falta un cruce peatonal",
          sight_lines: "Poca visibilidad en un cruce",
          near_misses: "Choques o casi choques",
        }),
        peak_times: q("¿A qué horas es peor?"),
        details: q("Otros detalles"),
      },
    },
  },
};

const pt: LanguagePack = {
  groups: {
    "Streets & Sidewalks": "Ruas e calçadas",
    "Trash & Recycling": "Lixo e reciclagem",
    "Housing & Buildings": "Moradia e edifícios",
    "Parks & Trees": "Parques e árvores",
    Graffiti: "Pichação",
    "Parking & Vehicles": "Estacionamento e veículos",
    Animals: "Animais",
    Noise: "Barulho",
    Health: "Saúde",
    "Water & Sewer": "Água e esgoto",
    General: "Geral",
  },
  services: {
    pothole: {
      name: "Buraco na rua",
      description: "Relate um buraco ou asfalto quebrado numa rua da cidade.",
      questions: {
        size: q("Qual é mais ou menos o tamanho do buraco?", {
          smaller_than_plate: "Menor que um prato",
          plate_to_tire: "Entre um prato e um pneu de carro",
          larger_than_tire: "Maior que um pneu de carro",
        }),
        location_in_road: q("Em que parte da rua ele está?", {
          travel_lane: "Numa faixa de trânsito",
          crosswalk: "Numa faixa de pedestres",
          near_curb: "Junto ao meio-fio ou à sarjeta",
          bike_lane: "Numa ciclovia",
        }),
        vehicle_damage: q(
          "O buraco danificou algum veículo?",
          ptYesNo,
          "Pedidos de indenização são feitos à parte, na Procuradoria da Cidade, em até 30 dias.",
        ),
      },
    },
    streetlight_out: {
      name: "Poste de luz apagado",
      description: "Relate uma luz de poste apagada, piscando ou acesa durante o dia.",
      questions: {
        pole_number: q("Número do poste (na plaqueta de metal do poste), se visível"),
        problem: q("O que há de errado com a luz?", {
          out: "Totalmente apagada",
          flickering: "Piscando ou acendendo e apagando",
          day_burner: "Acesa durante o dia",
          pole_damaged: "Poste derrubado ou danificado",
        }),
        lights_out_count: q("Quantas luzes seguidas estão apagadas?"),
      },
    },
    sidewalk_repair: {
      name: "Conserto de calçada",
      description: "Relate uma calçada rachada, levantada ou quebrada, ou uma rampa de acesso danificada.",
      questions: {
        problem_type: q("Qual é o problema? (marque tudo o que se aplica)", {
          cracked: "Placas rachadas ou quebradas",
          heaved: "Levantada (risco de tropeço)",
          tree_roots: "Levantada por raízes de árvore",
          curb_ramp: "Rampa de acesso danificada ou inexistente",
          missing_section: "Falta um pedaço",
        }),
        height_difference_inches: q("Altura aproximada do desnível, em polegadas"),
      },
    },
    traffic_signal: {
      name: "Problema de semáforo",
      description: "Relate um semáforo ou sinal de pedestres apagado, travado ou danificado.",
      questions: {
        signal_problem: q("O que o semáforo está fazendo?", {
          dark: "Todas as luzes apagadas",
          flashing: "Piscando vermelho ou amarelo",
          stuck: "Travado numa cor",
          ped_button: "Botão ou sinal de pedestres não funciona",
          knocked_down: "Semáforo ou poste danificado",
        }),
        direction: q("Qual sentido do trânsito é afetado (ex.: sentido norte na Main Street)?"),
      },
    },
    street_sign: {
      name: "Placa de rua danificada ou faltando",
      description: "Relate uma placa de rua ou de trânsito danificada, faltando, apagada ou virada.",
      questions: {
        sign_type: q("Que tipo de placa é?", {
          stop: "Placa de pare",
          yield: "Placa de dê a preferência",
          street_name: "Placa com nome de rua",
          speed_limit: "Placa de limite de velocidade",
          parking: "Placa de estacionamento",
          other: "Outra",
        }),
        condition: q("O que há de errado com ela?", {
          missing: "Faltando",
          knocked_down: "Derrubada",
          turned: "Virada para o lado errado",
          faded: "Apagada ou ilegível",
        }),
      },
    },
    snow_ice_sidewalk: {
      name: "Neve ou gelo na calçada",
      description: "Relate uma calçada que não foi limpa de neve ou gelo no prazo exigido.",
      questions: {
        property_type: q("Que tipo de imóvel fica em frente à calçada?", {
          residential: "Residencial",
          business: "Comércio",
          city_property: "Imóvel da prefeitura (escola, parque, prefeitura)",
          vacant: "Terreno ou prédio vazio",
        }),
        observed_at: q("Quando você viu a calçada sem limpeza?"),
      },
    },
    unplowed_street: {
      name: "Rua sem limpeza de neve",
      description: "Relate uma rua da cidade que não recebeu limpa-neve nem areia durante uma tempestade.",
      questions: {
        problem: q("Qual é o problema?", {
          not_plowed: "A rua não foi limpa",
          needs_sand: "Limpa mas com gelo, precisa de areia ou sal",
          blocked_hydrant: "Neve acumulada sobre um hidrante",
          blocked_intersection: "Monte de neve tapando a visão numa esquina",
        }),
        last_plowed: q("Quando a rua foi limpa pela última vez, se souber?"),
      },
    },
    catch_basin: {
      name: "Boca de lobo entupida",
      description: "Relate um bueiro (boca de lobo) entupido ou danificado, ou uma rua alagada.",
      questions: {
        condition: q("O que você vê? (marque tudo o que se aplica)", {
          clogged_leaves: "Entupida com folhas ou lixo",
          standing_water: "Água empoçada na rua",
          broken_grate: "Grade quebrada ou faltando",
          odor: "Mau cheiro",
        }),
      },
    },
    missed_trash: {
      name: "Lixo não recolhido",
      description: "Relate lixo que não foi recolhido no dia programado.",
      questions: {
        collection_day: q("Qual é o seu dia habitual de coleta?", ptDays),
        out_by_7am: q("O lixo estava na calçada até as 7h?", ptYesNoUnsure),
        barrel_count: q("Quantos latões ou sacos não foram recolhidos?"),
      },
    },
    missed_recycling: {
      name: "Reciclagem não recolhida",
      description: "Relate material reciclável que não foi recolhido no dia programado.",
      questions: {
        cart_tagged: q("Deixaram uma etiqueta ou adesivo no contêiner?", {
          yes: "Sim, havia uma etiqueta",
          no: "Sem etiqueta",
        }),
        collection_day: q("Qual é o seu dia habitual de coleta?", ptDays),
      },
    },
    bulk_item_pickup: {
      name: "Coleta de objetos grandes",
      description: "Agende a coleta de móveis, colchões, eletrodomésticos ou outros objetos grandes.",
      questions: {
        items: q("Quais objetos devem ser recolhidos?", {
          furniture: "Móveis (sofá, cadeira, mesa)",
          mattress: "Colchão ou base de cama",
          appliance: "Eletrodoméstico sem freon (máquina de lavar, fogão)",
          freon_appliance: "Eletrodoméstico com freon (geladeira, ar-condicionado, desumidificador)",
          other: "Outro objeto grande",
        }),
        item_count: q("Quantos objetos no total?", undefined, "Até 3 objetos por domicílio por semana."),
        item_description: q("Descreva os objetos"),
      },
    },
    illegal_dumping: {
      name: "Descarte ilegal",
      description: "Relate lixo, móveis, pneus ou entulho jogados em área pública ou num terreno vazio.",
      questions: {
        material: q("O que foi jogado?", {
          household_trash: "Sacos de lixo doméstico",
          furniture: "Móveis ou colchões",
          tires: "Pneus",
          construction: "Entulho de obra",
          hazardous: "Tinta, óleo ou produtos químicos",
        }),
        vehicle_plate: q("Placa do veículo envolvido, se viu"),
        seen_at: q("Quando aconteceu o descarte?"),
      },
    },
    litter_basket: {
      name: "Lixeira pública transbordando",
      description: "Relate uma lixeira pública cheia ou transbordando numa calçada ou área comercial.",
      questions: {
        household_trash: q("Parece que alguém está jogando lixo doméstico nela?", ptYesNo),
      },
    },
    recycling_cart_request: {
      name: "Pedir contêiner de reciclagem",
      description: "Peça um contêiner de reciclagem novo, adicional ou de reposição.",
      questions: {
        reason: q("Por que você precisa de um contêiner?", {
          new_resident: "Morador novo / sem contêiner",
          damaged: "Contêiner danificado",
          stolen: "Contêiner sumido ou roubado",
          additional: "Contêiner adicional (US$ 60)",
        }),
        unit_count: q("Quantas unidades tem o prédio?"),
      },
    },
    abandoned_building: {
      name: "Prédio abandonado",
      description: "Relate um prédio vazio que está aberto, sem proteção ou atraindo invasores.",
      questions: {
        conditions: q("O que você notou?", {
          open_doors_windows: "Portas ou janelas abertas ou quebradas",
          trespassers: "Pessoas entrando e saindo",
          overgrown: "Quintal com mato ou lixo",
          structural: "Danos estruturais (telhado, varanda)",
          rodents: "Roedores",
        }),
        vacant_since: q("Há mais ou menos quanto tempo está vazio?"),
      },
    },
    housing_code: {
      name: "Reclamação de moradia",
      description:
        "Relate um problema num imóvel alugado: sem aquecimento, sem água quente, vazamentos, mofo ou pragas.",
      questions: {
        issues: q("Quais problemas você está relatando?", {
          no_heat: "Sem aquecimento",
          no_hot_water: "Sem água quente",
          leaks: "Vazamentos ou danos por água",
          mold: "Mofo",
          pests: "Insetos ou roedores",
          electrical: "Risco elétrico",
        }),
        unit_number: q("Número do apartamento ou unidade"),
        landlord_notified: q("Quando você avisou o proprietário?"),
        details: q("Descreva o problema e há quanto tempo acontece"),
      },
    },
    rodent_sighting: {
      name: "Roedores",
      description: "Relate ratos ou tocas ao ar livre em imóvel público ou particular.",
      questions: {
        where_seen: q("Onde você viu os roedores?", {
          yard: "Quintal ou beco",
          street_sidewalk: "Rua ou calçada",
          park: "Parque",
          dumpster: "Perto de uma caçamba ou restaurante",
          vacant_lot: "Terreno vazio",
        }),
        burrows_seen: q("Você viu tocas (buracos no chão)?", ptYesNo),
      },
    },
    unsafe_structure: {
      name: "Estrutura perigosa",
      description: "Relate um prédio, varanda, muro, cerca ou placa que parece prestes a cair.",
      questions: {
        structure_type: q("O que é perigoso?", {
          building: "Prédio ou fachada",
          porch_deck: "Varanda, deque ou escada",
          retaining_wall: "Muro de arrimo",
          sign_awning: "Placa ou toldo",
          chimney: "Chaminé",
        }),
        over_public_way: q("Poderia cair numa calçada ou rua?", ptYesNo),
        description: q("Descreva o que você vê"),
      },
    },
    illegal_rooming_house: {
      name: "Pensão ilegal / superlotação",
      description: "Relate uma casa que parece dividida ilegalmente em quartos ou que está superlotada.",
      questions: {
        observations: q("O que você observou?", {
          many_mailboxes: "Muitas caixas de correio ou campainhas",
          many_vehicles: "Muitos veículos",
          basement_living: "Pessoas morando no porão ou sótão",
          trash_overflow: "Lixo em excesso",
        }),
        estimated_occupants: q("Mais ou menos quantas pessoas moram lá?"),
      },
    },
    overgrown_lot: {
      name: "Terreno particular com mato ou lixo",
      description: "Relate mato alto, lixo ou entulho num imóvel particular.",
      questions: {
        problem: q("Qual é o problema?", {
          tall_grass: "Grama ou mato com mais de 12 polegadas",
          trash: "Lixo ou entulho",
          unregistered_cars: "Veículos sem registro no quintal",
        }),
      },
    },
    tree_down: {
      name: "Árvore caída ou galho pendurado",
      description: "Relate uma árvore da prefeitura caída, um galho grande quebrado ou um galho pendurado.",
      questions: {
        blocking: q("O que a árvore ou o galho está bloqueando?", {
          road: "A rua (todas as faixas)",
          lane: "Uma faixa",
          sidewalk: "A calçada",
          on_wires: "Apoiado em fios",
          on_house_car: "Sobre uma casa ou carro",
          nothing: "Nada, está na grama",
        }),
        tree_location: q("Onde a árvore está plantada?", {
          street_tree: "Na calçada ou canteiro (árvore da prefeitura)",
          park: "Parque ou imóvel da prefeitura",
          private_yard: "Quintal particular",
          not_sure: "Não tenho certeza",
        }),
      },
    },
    tree_pruning: {
      name: "Poda ou remoção de árvore",
      description: "Peça a poda, inspeção ou remoção de uma árvore da prefeitura na rua.",
      questions: {
        request_type: q("O que você está pedindo?", {
          prune: "Podar galhos",
          inspect: "Inspecionar uma árvore que parece doente",
          remove_dead: "Remover uma árvore morta",
          clearance: "Liberar galhos sobre a rua ou calçada",
        }),
        tree_details: q("Descreva a árvore e o problema"),
      },
    },
    park_maintenance: {
      name: "Manutenção de parques",
      description: "Relate um problema num parque ou campo: lixo, bancos quebrados, luzes ou grama alta.",
      questions: {
        park_name: q("Nome do parque ou campo"),
        issue: q("O que precisa de atenção?", {
          trash: "Lixo",
          mowing: "A grama precisa ser cortada",
          bench_table: "Banco ou mesa de piquenique quebrado",
          lights: "Luzes apagadas",
          court_field: "Piso de quadra ou campo danificado",
          water_fountain: "Bebedouro ou banheiro",
        }),
      },
    },
    playground_damage: {
      name: "Parquinho danificado",
      description: "Relate brinquedos ou piso de parquinho quebrados ou perigosos.",
      questions: {
        equipment: q("Qual brinquedo está danificado?", {
          swing: "Balanço",
          slide: "Escorregador",
          climber: "Brinquedo de escalar",
          surfacing: "Piso de segurança ou lascas de madeira",
          fence_gate: "Cerca ou portão",
        }),
        injury: q("Alguém se machucou?", ptYesNo),
      },
    },
    graffiti_removal: {
      name: "Remoção de pichação",
      description: "Relate pichação em imóvel público ou peça a remoção gratuita de um imóvel particular.",
      questions: {
        surface: q("Onde está a pichação?", {
          public_building: "Prédio da prefeitura ou escola",
          private_building: "Prédio particular",
          utility_box: "Caixa de serviços ou poste",
          sign_bridge: "Placa, ponte ou muro",
          sidewalk_street: "Calçada ou rua",
        }),
        offensive: q("A pichação é ofensiva ou de ódio?", ptYesNo),
      },
    },
    abandoned_vehicle: {
      name: "Veículo abandonado",
      description: "Relate um veículo parado há mais de 72 horas ou sem registro numa rua da cidade.",
      questions: {
        make_model: q("Marca, modelo e cor do veículo"),
        plate: q("Placa e estado, se houver"),
        days_parked: q("Há mais ou menos quantos dias está estacionado lá?"),
      },
    },
    parking_enforcement: {
      name: "Fiscalização de estacionamento",
      description:
        "Relate um veículo bloqueando uma garagem, hidrante, faixa de pedestres ou vaga para deficientes.",
      questions: {
        violation: q("Qual é a infração?", {
          blocking_driveway: "Bloqueando uma garagem",
          hydrant: "Estacionado junto a um hidrante",
          crosswalk: "Na faixa de pedestres ou numa esquina",
          handicap: "Em vaga para deficientes sem credencial",
          permit_zone: "Em zona de moradores sem permissão",
          double_parked: "Estacionado em fila dupla",
        }),
        plate: q("Número da placa"),
      },
    },
    residential_permit_request: {
      name: "Permissão de estacionamento residencial",
      description:
        "Peça uma permissão de estacionamento para morador ou visitante, ou uma nova zona de permissão na sua rua.",
      questions: {
        request_kind: q("Do que você precisa?", {
          new_permit: "Nova permissão de morador",
          renewal: "Renovação",
          visitor_pass: "Passe de visitante",
          new_zone: "Nova zona de permissão na minha rua",
        }),
        vehicle_count: q("Número de veículos registrados no endereço"),
      },
    },
    dead_animal: {
      name: "Remoção de animal morto",
      description: "Relate um animal morto numa rua, calçada ou outro imóvel público.",
      questions: {
        animal_type: q("Que tipo de animal?", {
          cat_dog: "Gato ou cachorro",
          raccoon_skunk: "Guaxinim, gambá ou sariguê",
          deer: "Cervo",
          bird: "Ave",
          other: "Outro",
        }),
        in_roadway: q("Está na faixa de trânsito?", ptYesNo),
      },
    },
    loose_dog: {
      name: "Cachorro solto",
      description: "Relate um cachorro de rua ou solto, ou um cachorro sem coleira em violação da lei.",
      questions: {
        dog_description: q("Descreva o cachorro (porte, cor, raça, coleira)"),
        behavior: q("Como o cachorro está se comportando?", {
          friendly: "Amigável ou calmo",
          scared: "Assustado ou correndo",
          aggressive: "Agressivo ou rosnando",
          injured: "Ferido",
        }),
      },
    },
    barking_dog: {
      name: "Cachorro latindo",
      description: "Relate um cachorro que late sem parar e incomoda a vizinhança.",
      questions: {
        times_of_day: q("Quando ele late?", {
          morning: "De manhã",
          afternoon: "À tarde",
          evening: "À noite",
          overnight: "De madrugada",
        }),
        dog_address_known: q("Endereço onde o cachorro mora, se for diferente do local"),
      },
    },
    noise_complaint: {
      name: "Reclamação de barulho",
      description: "Relate música alta, festas, obras fora do horário permitido ou outro barulho.",
      questions: {
        noise_source: q("De onde vem o barulho?", {
          music_party: "Música ou festa",
          construction: "Obra",
          vehicle: "Veículo ou moto",
          business: "Comércio ou bar",
          equipment: "Equipamento (gerador, ar-condicionado, soprador de folhas)",
        }),
        started_at: q("Quando o barulho começou?"),
        ongoing: q("Está acontecendo agora?", { yes: "Sim", no: "Não, acontece com frequência" }),
      },
    },
    food_establishment_complaint: {
      name: "Reclamação sobre estabelecimento de alimentos",
      description:
        "Relate condições anti-higiênicas ou suspeita de intoxicação num restaurante, mercado ou food truck.",
      questions: {
        establishment_name: q("Nome do restaurante, loja ou food truck"),
        complaint_type: q("Sobre o que é a reclamação?", {
          illness: "Mal-estar depois de comer",
          pests: "Insetos ou roedores",
          unclean: "Falta de higiene",
          food_handling: "Manuseio inadequado de alimentos",
          foreign_object: "Objeto estranho na comida",
        }),
        visit_date: q("Quando você foi ou comeu lá?"),
        people_ill: q("Quantas pessoas passaram mal?"),
      },
    },
    needle_pickup: {
      name: "Recolhimento de agulhas",
      description: "Relate agulhas ou seringas descartadas em área pública para remoção segura.",
      questions: {
        needle_count: q("Mais ou menos quantas agulhas?"),
        nearby: q("Está perto de algum destes lugares?", {
          school: "Escola",
          playground: "Parquinho ou parque",
          bus_stop: "Ponto de ônibus",
          business: "Entrada de comércio",
        }),
      },
    },
    water_main_break: {
      name: "Rompimento de adutora",
      description:
        "Relate água saindo da rua, um afundamento ou uma queda repentina de pressão. Ligue para o 311; não relate pela internet.",
      questions: {
        severity: q("Quanta água há?", {
          trickle: "Um filete saindo de uma rachadura",
          flowing: "Água correndo sem parar pela rua",
          gushing: "Jorrando ou borbulhando",
          no_water: "Não se vê água, mas não sai água da torneira",
        }),
        entering_buildings: q("A água está entrando em algum prédio?", ptYesNoUnsure),
        first_noticed: q("Quando você notou pela primeira vez?"),
      },
    },
    hydrant_problem: {
      name: "Problema com hidrante",
      description: "Relate um hidrante vazando, aberto, danificado ou derrubado.",
      questions: {
        hydrant_issue: q("O que há de errado com o hidrante?", {
          leaking: "Vazando",
          open: "Aberto e jorrando",
          knocked_over: "Derrubado ou danificado",
          cap_missing: "Falta a tampa",
        }),
      },
    },
    sewer_backup: {
      name: "Retorno de esgoto ou mau cheiro",
      description:
        "Relate esgoto voltando para dentro de um prédio ou forte cheiro de esgoto vindo de um bueiro.",
      questions: {
        symptoms: q("O que está acontecendo?", {
          basement_backup: "Esgoto subindo no porão",
          fixtures_slow: "Vasos sanitários ou ralos voltando",
          manhole_overflow: "Bueiro transbordando",
          odor: "Cheiro de esgoto",
        }),
        neighbors_affected: q("Os vizinhos têm o mesmo problema?", ptYesNoUnsure),
      },
    },
    general_comment: {
      name: "Pedido ou comentário geral para o Gabinete do Prefeito",
      description:
        "Envie uma pergunta, sugestão, elogio ou reclamação que não se encaixa em outra categoria.",
      questions: {
        comment_type: q("Que tipo de mensagem é esta?", {
          question: "Pergunta",
          suggestion: "Sugestão",
          complaint: "Reclamação",
          compliment: "Elogio",
        }),
        message: q("Sua mensagem"),
        response_wanted: q("Quer uma resposta?", {
          yes_email: "Sim, por e-mail",
          yes_phone: "Sim, por telefone",
          no: "Não preciso de resposta",
        }),
      },
    },
    traffic_calming: {
      name: "Segurança no trânsito ou excesso de velocidade",
      description:
        "Relate excesso de velocidade ou um cruzamento perigoso, ou peça uma faixa de pedestres ou um estudo de moderação de tráfego.",
      questions: {
        concern: q("Qual é a preocupação?", {
          speeding: "Excesso de velocidade",
          cut_through: "Trânsito de passagem",
          crosswalk_needed: "Falta uma faixa de pedestres",
          sight_lines: "Pouca visibilidade num cruzamento",
          near_misses: "Batidas ou quase batidas",
        }),
        peak_times: q("Em que horários é pior?"),
        details: q("Outros detalhes"),
      },
    },
  },
};

export const SERVICE_TRANSLATIONS: Record<"es" | "pt", LanguagePack> = { es, pt };

export interface TranslationRow {
  entity: string;
  entityKey: string;
  field: string;
  language: string;
  text: string;
}

/** Every translation above as content_translations rows. */
export function serviceTranslationRows(): TranslationRow[] {
  const rows: TranslationRow[] = [];
  for (const [language, pack] of Object.entries(SERVICE_TRANSLATIONS)) {
    const add = (entity: string, entityKey: string, field: string, text: string) =>
      rows.push({ entity, entityKey, field, language, text });
    for (const [group, name] of Object.entries(pack.groups)) add("service_group", group, "name", name);
    for (const [code, s] of Object.entries(pack.services)) {
      add("service", code, "name", s.name);
      add("service", code, "description", s.description);
      for (const [qc, question] of Object.entries(s.questions)) {
        const key = `${code}.${qc}`;
        add("service_question", key, "prompt", question.prompt);
        if (question.help) add("service_question", key, "help", question.help);
        for (const [vk, name] of Object.entries(question.values ?? {}))
          add("service_value", `${key}.${vk}`, "name", name);
      }
    }
  }
  return rows;
}

/** Saves the Spanish and Portuguese service content; returns how many texts were saved. */
export async function seedServiceTranslations(db: DbOrTx): Promise<number> {
  const rows = serviceTranslationRows();
  await saveTranslations(db, rows);
  return rows.length;
}
