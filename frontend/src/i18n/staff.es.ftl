# The staff console (bin ponte-staff): Spanish.
staff-title = Consola del centro
staff-tagline = Consola del centro
staff-signed-out = La sesión ha terminado: vuelve a iniciar sesión.
staff-login-title = Inicia sesión en la consola
staff-email = Correo electrónico
staff-password = Contraseña
staff-login-button = Iniciar sesión
staff-login-wrong = Correo electrónico o contraseña incorrectos.
staff-login-locked = Demasiados intentos fallidos: vuelve a intentarlo dentro de 15 minutos.
staff-signed-in-as = { $email } · { $role }
staff-role-admin = administrador
staff-role-region = responsable regional
staff-role-coordinator = coordinador
staff-role-facilitator = facilitador
staff-sign-out = Salir
staff-centre = Centro
staff-today-title = Hoy en el centro
staff-today-count = { $visits ->
    [0] Ninguna visita
    [one] 1 visita
   *[other] { $visits } visitas
} · { $services ->
    [0] ningún servicio
    [one] 1 servicio
   *[other] { $services } servicios
}
staff-today-none = Las visitas anotadas hoy aparecen aquí automáticamente, en pocos segundos.
staff-gender-A = Mujer
staff-gender-B = Hombre
staff-gender-C = No binario
staff-gender-D = Género no indicado
staff-age-1 = 18–29 años
staff-age-2 = 30–54 años
staff-age-3 = 55–74 años
staff-age-4 = 75 años o más
staff-age-5 = 14–17 años
staff-first-visit = primera visita
staff-returning = visita de regreso
staff-services-done = { $count ->
    [one] Servicio registrado
   *[other] { $count } servicios registrados
}
staff-services-none = Ningún servicio
staff-finder-title = Buscar con el pase
staff-pass-code = Código del pase
staff-find = Buscar
staff-scan = Escanear el pase
staff-scan-stop = Cerrar la cámara
staff-citizen = Ciudadano encontrado
staff-visits-here = { $count ->
    [0] nunca ha venido aquí
    [one] 1 visita aquí
   *[other] { $count } visitas aquí
}
staff-pass-revoked = Este pase ha sido revocado: usa el pase nuevo.
staff-pick = Añadir al servicio
staff-unpick = Quitar del servicio
staff-no-visit-today = Hoy todavía no ha anotado la visita.
staff-desk-checkin = Anotar la visita ahora
staff-done = Hecho
staff-service-title = Registrar un servicio
staff-service-pick = Elige una o más visitas de la lista de hoy, o busca al ciudadano con el pase.
staff-service-for = { $count ->
    [one] Para 1 ciudadano
   *[other] Para { $count } ciudadanos (servicio de grupo)
}
staff-service-duration = Duración (horas:minutos)
staff-service-duration-hint = Por ejemplo, 0:45 o 1:30.
staff-service-types = Tipo de servicio (SE3)
staff-service-competences = Competencias tratadas (SE5)
staff-service-domains = Servicios públicos tratados (SE6)
staff-service-details = Detalles (SE7, opcional)
staff-service-details-hint = { $count } de { $max } caracteres. No escribas datos personales: los codice fiscale, los correos electrónicos y los teléfonos se ocultan; los nombres de las personas, no.
staff-service-record = Registrar el servicio
staff-service-done = { $count ->
    [one] Servicio registrado para 1 ciudadano.
   *[other] Servicio registrado para { $count } ciudadanos.
}
staff-service-invalid-date = La fecha no es válida.
staff-service-invalid-duration = Escribe la duración en horas y minutos, de 0:01 a 12:00.
staff-service-invalid-types = Elige el tipo: para varios ciudadanos, facilitación de grupo.
staff-service-invalid-competences = Elige al menos una competencia.
staff-service-invalid-domains = Elige al menos un servicio público (o «Ninguno de estos»).
staff-service-invalid-details = Los detalles tienen como máximo 600 caracteres.
staff-service-invalid-visits = Elige visitas de hoy en este centro, cada ciudadano una sola vez.
staff-lost-title = Pase perdido
staff-lost-hint = El pase perdido deja de funcionar y la misma persona recibe uno nuevo.
staff-lost-button = Revocar y dar un pase nuevo
staff-lost-done = Pase nuevo listo. El anterior ya no funciona.
staff-card-hint = Muestra este código en el centro para anotar la visita.
staff-print = Imprimir la tarjeta (A6)
staff-reports-title = Avisos sobre los servicios públicos
staff-reports-status = Estado
staff-reports-service = Servicio
staff-reports-category = Problema
staff-reports-all = Todos
staff-reports-none = Ningún aviso con estos filtros.
staff-status-new = Nuevo
staff-status-reviewed = Leído
staff-status-hidden = Oculto
staff-report-severity = gravedad { $severity } de 5
staff-report-contact = ha dejado un contacto
staff-report-reply = Respuesta o nota
staff-report-mark-reviewed = Marcar como leído
staff-report-hide = Ocultar
staff-report-unhide = Devolver a los nuevos
staff-signup-title = Registrar a un ciudadano en el mostrador
staff-signup-hint = Para quien no tiene teléfono o prefiere que lo ayuden. El pase se imprime y no se queda en la tableta.
staff-signup-open = Abrir el formulario
staff-signup-close = Cerrar el formulario
staff-signup-notice = Deja que el ciudadano lea la información sobre privacidad en la pantalla, o entrégasela impresa.
staff-signup-paper = La información sobre privacidad se entregó en papel
staff-signup-read = El ciudadano ha leído la información sobre privacidad
staff-signup-send = Registrar y crear el pase
staff-signup-done = Registro hecho. Imprime el pase y entrégaselo al ciudadano.
staff-accounts-title = Cuentas del personal
staff-accounts-none = Ninguna cuenta que gestionar.
staff-account-disabled = desactivada
staff-account-disable = Desactivar
staff-account-disable-who = Desactivar { $email }
staff-account-new = Nueva cuenta
staff-account-role = Rol
staff-account-centres = Centros
staff-account-create = Crear la cuenta
staff-account-made = Cuenta { $email } creada. La contraseña solo se ve ahora: entrégasela a la persona.
staff-account-programme = Programa (región)
staff-events-title = Eventos del centro
staff-events-none = Ningún evento esta semana.
staff-event-count = { $present ->
    [one] 1 presente
   *[other] { $present } presentes
} · { $waiting } en lista de espera
staff-event-closed = Cerrado: el servicio de grupo está registrado.
staff-event-poster = Mostrar el cartel
staff-event-close = Cerrar y registrar el servicio
staff-event-qr = Código QR para anotar la asistencia
staff-event-scan = Escanea el código para anotar tu asistencia.
staff-event-new = Nuevo evento
staff-event-name = Título
staff-event-kind = Tipo de evento
staff-event-kind-course = Curso
staff-event-kind-group = Encuentro de grupo
staff-event-kind-mobile = Punto móvil (carpa, furgoneta)
staff-event-kind-seasonal = Punto de temporada
staff-event-date = Día
staff-event-start = Inicio
staff-event-end = Fin
staff-event-capacity = Plazas (opcional)
staff-event-create = Crear el evento
staff-event-place = Lugar (vacío: en el centro)
staff-event-close-confirm = ¿Cerrar el evento y registrar el servicio? Quien llegue después ya no podrá anotar su asistencia.
staff-event-people = Quién ha venido
staff-event-waiting = en lista de espera
staff-event-present = presente
staff-event-let-in = Dejar entrar
staff-event-add = Añadir con el código
staff-event-csv = Descargar la lista (CSV)

## Puestos (las tabletas del centro)
staff-kiosks-title = Puestos
staff-kiosks-hint = Una tableta del centro se convierte en un puesto para los ciudadanos: ábrela en la dirección /kiosk y escribe el código de conexión.
staff-kiosks-pair = Conectar una tableta
staff-kiosks-code = Código que hay que escribir en la tableta:
staff-kiosks-code-until = (válido hasta las { $time })
staff-kiosks-none = Ninguna tableta conectada.
staff-kiosks-item = Tableta n.º { $id } · último uso: { $time }
staff-kiosks-revoked = desconectada
staff-kiosks-revoke = Desconectar
staff-kiosks-revoke-confirm = Toca otra vez para desconectarla
staff-kiosks-idle = Segundos sin tocar la pantalla antes de que se borre
staff-kiosks-idle-save = Guardar
staff-kiosks-idle-saved = Guardado: { $seconds } segundos. Las tabletas lo aplican a partir de la siguiente persona.
staff-kiosks-idle-invalid = Elige un número de segundos entre { $min } y { $max }.

## Avance del programa (región)
staff-progress-title = Avance: { $programme }
staff-progress-province = Provincia
staff-progress-all = Todo el programa
staff-progress-citizens = Ciudadanos nuevos en el programa (en su primera visita): { $done } de { $goal } hasta el { $date }
staff-progress-services = Servicios: { $done } de { $goal }
staff-progress-services-plain = Servicios registrados: { $done }
staff-progress-no-target = El programa no tiene objetivos con fecha.
staff-progress-pace = En las últimas cuatro semanas, por semana: ciudadanos nuevos { $citizens }, servicios { $services }.
staff-progress-forecast = A este ritmo, el objetivo de ciudadanos se alcanza el { $date }.
staff-progress-forecast-never = A este ritmo, el objetivo de ciudadanos no se alcanza: hace falta más afluencia.
staff-progress-met = Objetivo de ciudadanos alcanzado.
staff-progress-risk-title = Centros con retraso sobre su cuota
staff-progress-risk-none = Ningún centro con retraso.
staff-progress-risk-count = { $count ->
    [one] 1 centro con retraso; primero el más atrasado.
   *[other] { $count } centros con retraso; primero los más atrasados (los 10 primeros).
}
staff-progress-risk-item = { $name } ({ $code }): hacen falta { $required } ciudadanos nuevos por semana, llegan { $recent }.
staff-progress-chart = Ciudadanos alcanzados semana a semana, con la línea que lleva al objetivo
staff-progress-programme = Programa

## Archivo nacional del mes
staff-exports-title = Archivo para la plataforma nacional
staff-exports-hint = El archivo del mes en el formato de carga masiva: una fila por ciudadano y servicio, como máximo 9000 filas por archivo. Cada archivo descargado queda registrado.
staff-exports-month = Mes
staff-exports-summary = { $services } servicios, { $rows } filas. Excluidos: { $left } ciudadanos sin codice fiscale; { $flagged } participaciones no exportables (edad o periodo del programa){ $purged ->
    [0] .
    [one] ; 1 ciudadano cuyo nombre se borró por la regla de conservación: vuelve a registrarlo en el mostrador, con su documento, antes de descargar el archivo, para incluirlo en la rendición de cuentas.
   *[other] ; { $purged } ciudadanos cuyos nombres se borraron por la regla de conservación: vuelve a registrarlos en el mostrador, con su documento, antes de descargar el archivo, para incluirlos en la rendición de cuentas.
}
staff-exports-download = Descargar { $name } ({ $rows } filas)
staff-exports-log = Archivos ya descargados
staff-exports-log-item = { $who }, el { $time }: mes { $month }, { $rows } filas, SHA-256 { $sha }…
staff-report-title = Informe del mes por centro (visitas, ciudadanos, servicios):
staff-share-centre = Cuota de un centro: código (p. ej., TOS-001)
staff-share-citizens = Ciudadanos que alcanzar (vacío: cuota de la importación o partes iguales)
staff-share-save = Guardar la cuota
staff-share-saved = Cuota guardada: los centros con retraso se han vuelto a calcular.

## The dashboard
staff-dash-title = Panel: afluencia y servicios
staff-dash-from = Desde
staff-dash-to = Hasta
staff-dash-by = Por
staff-dash-by-day = día
staff-dash-by-week = semana
staff-dash-by-month = mes
staff-dash-show = Mostrar
staff-dash-up = Volver a todo el programa
staff-dash-up-own = Volver a todos tus centros
staff-dash-scope = { $scope }, del { $from } al { $to }. Sin fechas: los últimos 30 días; por semana o por mes, el periodo se amplía a semanas o meses completos.
staff-dash-totals = Total del periodo
staff-dash-period = Periodo
staff-dash-all = Todo el periodo
staff-dash-parts = Un nivel más abajo: elige una fila para ver sus detalles
staff-dash-part = Dónde
staff-dash-citizens = Ciudadanos únicos
staff-dash-new = Nuevos en el programa
staff-dash-visits = Visitas
staff-dash-services = Servicios
staff-dash-participations = Participaciones
staff-dash-series-day = Día a día (primero el más reciente)
staff-dash-series-week = Semana a semana, desde el lunes (primero la más reciente)
staff-dash-series-month = Mes a mes (primero el más reciente)
staff-dash-people = A quién se ha llegado (ciudadanos nuevos en el programa)
staff-dash-months = Las tablas de abajo cuentan meses completos, del { $from } al { $to }: pueden no coincidir con los totales del periodo elegido.
staff-dash-small = En los servicios, menos de 5 se muestra como «< 5». En las personas, no se muestra una tabla con menos de 10 personas, o con un grupo de menos de 5: a partir del total se podría saber quiénes son. «—»: los ciudadanos únicos se cuentan por día, semana o mes; en varios periodos no se suman (quien vuelve se contaría más de una vez).
staff-dash-services-by = Servicios por tipo, competencia y servicio público (un servicio puede tener más de uno)
staff-dash-field-age_band = Franja de edad
staff-dash-field-gender = Género
staff-dash-field-citizenship = Ciudadanía
staff-dash-field-education = Nivel de estudios
staff-dash-field-employment = Situación laboral
staff-dash-field-type = Tipo de servicio (SE3)
staff-dash-field-competence = Competencia DigComp tratada (SE5)
staff-dash-field-domain = Servicios públicos tratados (SE6)
staff-dash-unknown = Desconocido
staff-dash-withheld = Detalle no mostrado: menos de 10 personas, o un grupo de menos de 5 que se podría reconocer.
staff-dash-own = Tus { $count } centros
staff-dash-up-province = Volver a la provincia { $province }
staff-dash-skills = Competencias digitales
staff-dash-skills-counts = Tests de partida: { $entries }; tests finales: { $exits }; ciudadanos que hicieron los dos: { $pairs }. Las medias por área se muestran a partir de 5 ciudadanos.
staff-dash-skills-area = { $area }: { $change } puntos porcentuales de media entre el inicio y el final
staff-dash-reports = Avisos sobre los servicios públicos en el periodo: { $count }
