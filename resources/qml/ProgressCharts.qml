// Progress charts for Counterbalance: weekly adherence with pain (one view), pain by region.
// Data comes from Python (ProgressWindow) as plain lists in `chart`; colours follow the
// system palette handed over in `colors`. Texts arrive already translated in `labels`.
import QtQuick
import QtQuick.Layouts
import QtGraphs

Item {
    id: root
    property var chart: ({ categories: [], adherence: [], before: [], after: [], regions: [], weeks: [] })
    property var colors: ({ window: "#ffffff", text: "#202020", mid: "#a0a0a0", base: "#ffffff", grid: "#20000000",
                            accent: "#2f7d6d", before: "#c2410c", after: "#2563eb", dark: false })
    property var labels: ({ adherence: "Adherence", before: "Pain before", after: "Pain after",
                            combinedTitle: "", regionTitle: "", painAxis: "", adherenceAxis: "",
                            noRegions: "" })
    readonly property var regionColors: colors.regions !== undefined ? colors.regions
        : ["#b45309", "#7c3aed", "#0f766e", "#be185d", "#4d7c0f", "#1d4ed8"]

    // Numbers the user's way: Qt.locale() is the app's QLocale default ("7,5" in German).
    function fmt(v, digits) {
        return (v === null || v === undefined) ? "–" : Number(v).toLocaleString(Qt.locale(), "f", digits)
    }
    // Qt Graphs writes axis numbers with C rules ("7.5" in every language), so each value
    // axis draws its labels with this delegate: Qt Graphs sets `text`, it shows the locale's.
    component AxisNumber: Item {
        id: axisNumber
        property string text
        property bool onRight: false
        property string suffix: ""
        property font labelFont: Qt.font({ pixelSize: 12 })
        Text {
            width: axisNumber.width
            y: -implicitHeight / 2
            horizontalAlignment: axisNumber.onRight ? Text.AlignLeft : Text.AlignRight
            text: {
                const v = Number(axisNumber.text)
                return axisNumber.text === "" || isNaN(v) ? axisNumber.text
                    : v.toLocaleString(Qt.locale(), "f", Number.isInteger(v) ? 0 : 1) + axisNumber.suffix
            }
            color: colors.text
            font: axisNumber.labelFont
        }
    }
    // "Week of 5 Oct" for the week under the pointer, so every tooltip names its week
    // whatever the range (most week labels are hidden on long ranges).
    function weekOf(x) {
        const w = chart.weeks[Math.floor(x)]
        return (w !== undefined && w.label) ? w.label + "\n" : ""
    }

    function refill() {
        beforeLine.clear(); afterLine.clear()
        // Missing weeks arrive as null or undefined: both are gaps, never points.
        // The category axis spans 0..n, so week i is centred on its bar at i + 0.5 (a
        // second, hidden x axis would take a row of space below the plot).
        for (let i = 0; i < chart.before.length; ++i) {
            const b = chart.before[i], a = chart.after[i]
            if (b !== null && b !== undefined) beforeLine.append(Number(i) + 0.5, Number(b))
            if (a !== null && a !== undefined) afterLine.append(Number(i) + 0.5, Number(a))
        }
        for (let r = 0; r < 6; ++r) {
            const s = regionView.seriesList[r]
            if (!s) continue
            s.clear()
            const region = r < chart.regions.length ? chart.regions[r] : null
            s.visible = region !== null
            if (!region) continue
            s.name = region.name
            for (let i = 0; i < region.values.length; ++i)
                if (region.values[i] !== null && region.values[i] !== undefined) s.append(Number(i) + 0.5, Number(region.values[i]))
        }
    }
    onChartChanged: refill()

    Rectangle { anchors.fill: parent; color: colors.window }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 4
        spacing: 4

        Text {
            objectName: "combinedTitle"
            text: labels.combinedTitle
            color: colors.text
            font.pixelSize: 15
            font.bold: true
        }
        Row {
            spacing: 16
            Repeater {
                model: [
                    { name: labels.adherence, color: colors.accent, bar: true },
                    { name: labels.before, color: colors.before, bar: false },
                    { name: labels.after, color: colors.after, bar: false }
                ]
                Row {
                    spacing: 6
                    Rectangle {
                        width: 14; height: modelData.bar ? 12 : 3
                        anchors.verticalCenter: parent.verticalCenter
                        radius: modelData.bar ? 2 : 1
                        color: modelData.color
                    }
                    Text { text: modelData.name; color: colors.text; font.pixelSize: 12 }
                }
            }
        }

        Item {
            id: combinedBox
            objectName: "combinedChart"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 3
            Layout.minimumHeight: 150

            // Gridlines drawn here: the software renderer cannot draw Qt Graphs' own
            // (shader) grid. One line per tick of both y axes (25 % = 2.5 pain points).
            Repeater {
                model: 5
                Rectangle {
                    x: combinedView.plotArea.x; width: combinedView.plotArea.width; height: 1
                    y: Math.round(combinedView.plotArea.y + combinedView.plotArea.height * index / 4)
                    color: colors.grid
                }
            }

            GraphsView {
                id: combinedView
                anchors.fill: parent
                marginLeft: 6; marginRight: 6; marginTop: 8; marginBottom: 4
                theme: GraphsTheme {
                    colorScheme: colors.dark ? GraphsTheme.ColorScheme.Dark : GraphsTheme.ColorScheme.Light
                    backgroundVisible: false
                    plotAreaBackgroundColor: "transparent"
                    grid.mainColor: colors.grid
                    grid.mainWidth: 1
                    gridVisible: true
                    grid.subColor: colors.grid
                    labelTextColor: colors.text
                    axisX.mainColor: colors.mid
                    axisY.mainColor: colors.mid
                    labelBackgroundVisible: false
                }
                axisX: BarCategoryAxis {
                    id: weekAxis
                    categories: chart.categories
                    gridVisible: false
                    subGridVisible: false
                }
                axisY: ValueAxis {
                    id: adherenceAxis
                    min: 0; max: 100
                    tickInterval: 25
                    subTickCount: 0
                    gridVisible: true
                    subGridVisible: false
                    labelFormat: "%.0f"
                    labelDelegate: Component {
                        AxisNumber { suffix: "\u00a0%"; labelFont: combinedView.theme.axisYLabelFont }
                    }
                    titleText: labels.adherenceAxis
                    titleVisible: false
                    titleColor: colors.text
                }
                BarSeries {
                    id: adherenceBars
                    hoverable: true
                    barWidth: 0.62
                    BarSet {
                        label: labels.adherence
                        color: colors.accent
                        borderColor: colors.accent
                        borderWidth: 0
                        values: chart.adherence
                    }
                    onHover: (name, position, value) => tip.showAt(position, combinedView,
                        chart.weeks[Math.round(value.x)] !== undefined ? chart.weeks[Math.round(value.x)].tip : "")
                    onHoverExit: tip.visible = false
                }
                LineSeries {
                    id: beforeLine
                    objectName: "beforeLine"
                    name: labels.before
                    color: colors.before
                    width: 3
                    hoverable: true
                    axisY: painAxis
                    pointDelegate: Rectangle { width: 7; height: 7; radius: 3.5; color: colors.before }
                    onHover: (name, position, value) => tip.showAt(position, combinedView,
                        weekOf(value.x) + labels.before + ": " + fmt(value.y, 1) + " / 10")
                    onHoverExit: tip.visible = false
                }
                LineSeries {
                    id: afterLine
                    objectName: "afterLine"
                    name: labels.after
                    color: colors.after
                    width: 3
                    hoverable: true
                    axisY: painAxis
                    pointDelegate: Rectangle { width: 7; height: 7; radius: 3.5; color: colors.after }
                    onHover: (name, position, value) => tip.showAt(position, combinedView,
                        weekOf(value.x) + labels.after + ": " + fmt(value.y, 1) + " / 10")
                    onHoverExit: tip.visible = false
                }
            }
            ValueAxis {
                id: painAxis
                min: 0; max: 10
                tickInterval: 2.5
                subTickCount: 0
                alignment: Qt.AlignRight
                gridVisible: false
                subGridVisible: false
                labelFormat: "%g"
                labelDelegate: Component {
                    AxisNumber { onRight: true; labelFont: combinedView.theme.axisYLabelFont }
                }
                titleText: labels.painAxis
                titleVisible: true
                titleColor: colors.text
            }
        }

        Item { Layout.preferredHeight: 6 }
        Text {
            objectName: "regionTitle"
            text: labels.regionTitle
            color: colors.text
            font.pixelSize: 15
            font.bold: true
        }
        Row {
            spacing: 16
            Repeater {
                model: chart.regions
                Row {
                    spacing: 6
                    Rectangle {
                        width: 14; height: 3
                        anchors.verticalCenter: parent.verticalCenter
                        color: root.regionColors[index % root.regionColors.length]
                    }
                    Text { text: modelData.name; color: colors.text; font.pixelSize: 12 }
                }
            }
            Text {
                visible: chart.regions.length === 0
                text: labels.noRegions
                color: colors.text
                opacity: 0.75
                font.pixelSize: 12
            }
        }
        Item {
            id: regionBox
            objectName: "regionChart"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 2
            Layout.minimumHeight: 110

            Repeater {
                model: 6
                Rectangle {
                    x: regionView.plotArea.x; width: regionView.plotArea.width; height: 1
                    y: Math.round(regionView.plotArea.y + regionView.plotArea.height * index / 5)
                    color: colors.grid
                }
            }

            GraphsView {
                id: regionView
                anchors.fill: parent
                marginLeft: 6; marginRight: 58; marginTop: 8; marginBottom: 4
                // Each view owns its theme: sharing one crashes on teardown (Qt 6.12).
                theme: GraphsTheme {
                    colorScheme: colors.dark ? GraphsTheme.ColorScheme.Dark : GraphsTheme.ColorScheme.Light
                    backgroundVisible: false
                    plotAreaBackgroundColor: "transparent"
                    grid.mainColor: colors.grid
                    grid.mainWidth: 1
                    gridVisible: true
                    grid.subColor: colors.grid
                    labelTextColor: colors.text
                    axisX.mainColor: colors.mid
                    axisY.mainColor: colors.mid
                    labelBackgroundVisible: false
                }
                axisX: BarCategoryAxis {
                    categories: chart.categories
                    gridVisible: false
                    subGridVisible: false
                }
                axisY: ValueAxis {
                    min: 0; max: 10
                    tickInterval: 2
                    subTickCount: 0
                    gridVisible: true
                    subGridVisible: false
                    labelFormat: "%.0f"
                    labelDelegate: Component { AxisNumber { labelFont: regionView.theme.axisYLabelFont } }
                    titleText: labels.painAxis
                    titleVisible: false
                    titleColor: colors.text
                }
                LineSeries { width: 2.5; color: root.regionColors[0]; hoverable: true; visible: false
                    pointDelegate: Rectangle { width: 6; height: 6; radius: 3; color: root.regionColors[0] }
                    onHover: (n, p, v) => tip.showAt(p, regionView, weekOf(v.x) + name + ": " + fmt(v.y, 1) + " / 10")
                    onHoverExit: tip.visible = false }
                LineSeries { width: 2.5; color: root.regionColors[1]; hoverable: true; visible: false
                    pointDelegate: Rectangle { width: 6; height: 6; radius: 3; color: root.regionColors[1] }
                    onHover: (n, p, v) => tip.showAt(p, regionView, weekOf(v.x) + name + ": " + fmt(v.y, 1) + " / 10")
                    onHoverExit: tip.visible = false }
                LineSeries { width: 2.5; color: root.regionColors[2]; hoverable: true; visible: false
                    pointDelegate: Rectangle { width: 6; height: 6; radius: 3; color: root.regionColors[2] }
                    onHover: (n, p, v) => tip.showAt(p, regionView, weekOf(v.x) + name + ": " + fmt(v.y, 1) + " / 10")
                    onHoverExit: tip.visible = false }
                LineSeries { width: 2.5; color: root.regionColors[3]; hoverable: true; visible: false
                    pointDelegate: Rectangle { width: 6; height: 6; radius: 3; color: root.regionColors[3] }
                    onHover: (n, p, v) => tip.showAt(p, regionView, weekOf(v.x) + name + ": " + fmt(v.y, 1) + " / 10")
                    onHoverExit: tip.visible = false }
                LineSeries { width: 2.5; color: root.regionColors[4]; hoverable: true; visible: false
                    pointDelegate: Rectangle { width: 6; height: 6; radius: 3; color: root.regionColors[4] }
                    onHover: (n, p, v) => tip.showAt(p, regionView, weekOf(v.x) + name + ": " + fmt(v.y, 1) + " / 10")
                    onHoverExit: tip.visible = false }
                LineSeries { width: 2.5; color: root.regionColors[5]; hoverable: true; visible: false
                    pointDelegate: Rectangle { width: 6; height: 6; radius: 3; color: root.regionColors[5] }
                    onHover: (n, p, v) => tip.showAt(p, regionView, weekOf(v.x) + name + ": " + fmt(v.y, 1) + " / 10")
                    onHoverExit: tip.visible = false }
            }
        }
    }

    // Hover tooltip shared by all series.
    Rectangle {
        id: tip
        objectName: "tooltip"
        property string text: ""
        visible: false
        z: 10
        color: colors.base
        border.color: colors.mid
        radius: 4
        width: tipText.implicitWidth + 16
        height: tipText.implicitHeight + 10
        function showAt(position, view, message) {
            if (!message) { visible = false; return }
            text = message
            const p = view.mapToItem(root, position.x, position.y)
            x = Math.min(root.width - width - 4, Math.max(4, p.x + 12))
            y = Math.max(4, p.y - height - 8)
            visible = true
        }
        Text { id: tipText; anchors.centerIn: parent; text: tip.text; color: colors.text; font.pixelSize: 12 }
    }
}
