<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BuildView</name>
        <message numerus="yes">
            <source>%n file(s) or folder(s): {names}</source>
            <translation>
                <numerusform>%n file or folder: {names}</numerusform>
                <numerusform>%n files or folders: {names}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the last %n lines (earlier ones are not kept)</source>
            <translation>
                <numerusform>the last %n lines (earlier ones are not kept)</numerusform>
                <numerusform>the last %n lines (earlier ones are not kept)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lines</source>
            <translation>
                <numerusform>%n lines</numerusform>
                <numerusform>%n lines</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message numerus="yes">
            <source>%n layer(s)</source>
            <translation>
                <numerusform>%n layer</numerusform>
                <numerusform>%n layers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{left}&lt;/b&gt; and &lt;b&gt;{right}&lt;/b&gt; have exactly the same %n step(s): {layers}, {size}, stored once.</source>
            <translation>
                <numerusform>&lt;b&gt;{left}&lt;/b&gt; and &lt;b&gt;{right}&lt;/b&gt; have exactly the same %n step: {layers}, {size}, stored once.</numerusform>
                <numerusform>&lt;b&gt;{left}&lt;/b&gt; and &lt;b&gt;{right}&lt;/b&gt; have exactly the same %n steps: {layers}, {size}, stored once.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more step(s) ({layers}, {size})</source>
            <translation>
                <numerusform>%n more step ({layers}, {size})</numerusform>
                <numerusform>%n more steps ({layers}, {size})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContainerLogs</name>
        <message numerus="yes">
            <source>%n line(s) match</source>
            <translation>
                <numerusform>%n line match</numerusform>
                <numerusform>%n lines match</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n older line(s) let go to keep memory bounded.</source>
            <translation>
                <numerusform>%n older line let go to keep memory bounded.</numerusform>
                <numerusform>%n older lines let go to keep memory bounded.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DiskView</name>
        <message numerus="yes">
            <source>Images (%n)</source>
            <translation>
                <numerusform>Images (%n)</numerusform>
                <numerusform>Images (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Containers' writable layers (%n)</source>
            <translation>
                <numerusform>Containers' writable layers (%n)</numerusform>
                <numerusform>Containers' writable layers (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Volumes (%n)</source>
            <translation>
                <numerusform>Volumes (%n)</numerusform>
                <numerusform>Volumes (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Build cache (%n)</source>
            <translation>
                <numerusform>Build cache (%n)</numerusform>
                <numerusform>Build cache (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LayersChart</name>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n step</numerusform>
                <numerusform>%n steps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n layer(s)</source>
            <translation>
                <numerusform>%n layer</numerusform>
                <numerusform>%n layers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n metadata step(s)</source>
            <translation>
                <numerusform>%n metadata step</numerusform>
                <numerusform>%n metadata steps</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LayersView</name>
        <message numerus="yes">
            <source>Layers of all %n image(s) read</source>
            <translation>
                <numerusform>Layers of all %n image read</numerusform>
                <numerusform>Layers of all %n images read</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reading layers for sharing: {loaded} of %n image(s)…</source>
            <translation>
                <numerusform>Reading layers for sharing: {loaded} of %n image…</numerusform>
                <numerusform>Reading layers for sharing: {loaded} of %n images…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LayersViewModel</name>
        <message numerus="yes">
            <source>Shared with %n other image(s): {images}</source>
            <translation>
                <numerusform>Shared with %n other image: {images}</numerusform>
                <numerusform>Shared with %n other images: {images}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LifecycleScene</name>
        <message numerus="yes">
            <source>%n image(s)</source>
            <translation>
                <numerusform>%n image</numerusform>
                <numerusform>%n images</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with a digest</source>
            <translation>
                <numerusform>%n with a digest</numerusform>
                <numerusform>%n with a digest</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n (this session)</source>
            <translation>
                <numerusform>%n (this session)</numerusform>
                <numerusform>%n (this session)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n container(s)</source>
            <translation>
                <numerusform>%n container</numerusform>
                <numerusform>%n containers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LifecycleView</name>
        <message numerus="yes">
            <source>&lt;b&gt;Paused: %n process(es) still listed, frozen.&lt;/b&gt; They keep their memory but get no CPU time until unpaused. (Stopping, by contrast, ends them.)</source>
            <translation>
                <numerusform>&lt;b&gt;Paused: %n process still listed, frozen.&lt;/b&gt; They keep their memory but get no CPU time until unpaused. (Stopping, by contrast, ends them.)</numerusform>
                <numerusform>&lt;b&gt;Paused: %n processes still listed, frozen.&lt;/b&gt; They keep their memory but get no CPU time until unpaused. (Stopping, by contrast, ends them.)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n process(es) running.</source>
            <translation>
                <numerusform>%n process running.</numerusform>
                <numerusform>%n processes running.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PruneDialog</name>
        <message numerus="yes">
            <source>This removes %n object(s) and frees {bytes}. It cannot be undone.</source>
            <translation>
                <numerusform>This removes %n object and frees {bytes}. It cannot be undone.</numerusform>
                <numerusform>This removes %n objects and frees {bytes}. It cannot be undone.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %n</source>
            <translation>
                <numerusform>Remove %n</numerusform>
                <numerusform>Remove %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StackView</name>
        <message numerus="yes">
            <source>shared with %n other image(s)</source>
            <translation>
                <numerusform>shared with %n other image</numerusform>
                <numerusform>shared with %n other images</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Image {size} in %n layer(s), plus {meta} metadata steps that made no layer.</source>
            <translation>
                <numerusform>Image {size} in %n layer, plus {meta} metadata steps that made no layer.</numerusform>
                <numerusform>Image {size} in %n layers, plus {meta} metadata steps that made no layer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Image {size} in %n layer(s).</source>
            <translation>
                <numerusform>Image {size} in %n layer.</numerusform>
                <numerusform>Image {size} in %n layers.</numerusform>
            </translation>
        </message>
    </context>
</TS>
