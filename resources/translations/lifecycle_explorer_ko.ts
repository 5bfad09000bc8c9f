<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
    <context>
        <name>ActivityLog</name>
        <message>
            <source>you</source>
            <extracomment>How the Source column names who did it (the entry keeps the code: "you", "daemon", "app").</extracomment>
            <translation>사용자</translation>
        </message>
        <message>
            <source>daemon</source>
            <translation>데몬</translation>
        </message>
        <message>
            <source>app</source>
            <translation>앱</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>시각</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>주체</translation>
        </message>
        <message>
            <source>What</source>
            <translation>내용</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>명령</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>결과</translation>
        </message>
        <message>
            <source>running…</source>
            <translation>실행 중…</translation>
        </message>
    </context>
    <context>
        <name>Appearance</name>
        <message>
            <source>Follow the system</source>
            <extracomment>Theme codes, in menu order. The smallest font pixel size presentation mode allows (a back-row size at 1920×1080). Presentation mode's font pixel size at scale 1.0. Scale steps for Ctrl +/−.</extracomment>
            <translation>시스템 설정 따르기</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>밝게</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>어둡게</translation>
        </message>
        <message>
            <source>High contrast, light</source>
            <translation>고대비, 밝게</translation>
        </message>
        <message>
            <source>High contrast, dark</source>
            <translation>고대비, 어둡게</translation>
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <source>usage: </source>
            <extracomment>argparse's own words, marked for lupdate; argparse asks for them through ``argparse._`` (gettext).</extracomment>
            <translation>사용법: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>위치 인자</translation>
        </message>
        <message>
            <source>options</source>
            <translation>옵션</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>이 도움말을 보여 주고 끝냅니다</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: 오류: %(message)s
</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>다음 인자가 필요합니다: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>알 수 없는 인자: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>올바르지 않은 선택: %(value)r (%(choices)s 중에서 고르십시오)</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>인자 %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>값 하나가 필요합니다</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>올바르지 않은 %(type)s 값: %(value)r</translation>
        </message>
    </context>
    <context>
        <name>BuildDialog</name>
        <message>
            <source>&amp;Build</source>
            <translation>빌드(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Cancel build</source>
            <translation>빌드 취소(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Tag:</source>
            <translation>태그(&amp;T):</translation>
        </message>
        <message>
            <source>Context:</source>
            <translation>컨텍스트:</translation>
        </message>
        <message>
            <source>none: the Dockerfile above is the whole context</source>
            <translation>없음: 위의 Dockerfile만으로 컨텍스트를 만듭니다</translation>
        </message>
        <message>
            <source>Choose &amp;folder…</source>
            <translation>폴더 선택(&amp;F)…</translation>
        </message>
        <message>
            <source>Use the text above</source>
            <translation>위의 내용 사용</translation>
        </message>
        <message>
            <source>&amp;Dockerfile:</source>
            <translation>&amp;Dockerfile:</translation>
        </message>
        <message>
            <source>Build &amp;arguments:</source>
            <translation>빌드 인자(&amp;A):</translation>
        </message>
        <message>
            <source>KEY=VALUE KEY2=VALUE2 (optional)</source>
            <translation>KEY=VALUE KEY2=VALUE2 (선택 사항)</translation>
        </message>
        <message>
            <source>&amp;No cache (run every step)</source>
            <translation>캐시 사용 안 함(&amp;N) (모든 단계를 실행)</translation>
        </message>
        <message>
            <source>Always &amp;remove temporary containers</source>
            <translation>임시 컨테이너를 항상 삭제(&amp;R)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Dockerfile&lt;/b&gt; from the folder (edit it there; files listed in .dockerignore stay out)</source>
            <translation>폴더의 &lt;b&gt;Dockerfile&lt;/b&gt; (폴더에서 고치십시오. .dockerignore에 적힌 파일은 빠집니다)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Dockerfile&lt;/b&gt; (the build context holds only this file)</source>
            <translation>&lt;b&gt;Dockerfile&lt;/b&gt; (빌드 컨텍스트에는 이 파일만 들어 있습니다)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Output&lt;/b&gt; ({command}, classic builder)</source>
            <translation>&lt;b&gt;출력&lt;/b&gt; ({command}, 클래식 빌더)</translation>
        </message>
        <message>
            <source>Give the image a tag first, for example {tag}.</source>
            <translation>먼저 이미지에 태그를 지정하십시오(예: {tag}).</translation>
        </message>
        <message>
            <source>Building {tag}…</source>
            <translation>{tag} 빌드 중…</translation>
        </message>
        <message>
            <source>Build context folder</source>
            <translation>빌드 컨텍스트 폴더</translation>
        </message>
        <message>
            <source>{folder} has no Dockerfile: choose the folder that holds one.</source>
            <translation>{folder}에는 Dockerfile이 없습니다. Dockerfile이 있는 폴더를 고르십시오.</translation>
        </message>
        <message>
            <source>Cancelling the build…</source>
            <translation>빌드를 취소하는 중…</translation>
        </message>
        <message>
            <source>The build arguments have an unclosed quote.</source>
            <translation>빌드 인자에 닫히지 않은 따옴표가 있습니다.</translation>
        </message>
        <message>
            <source>'{word}' is not a build argument: write KEY=VALUE.</source>
            <translation>'{word}'은(는) 빌드 인자가 아닙니다. KEY=VALUE 형식으로 쓰십시오.</translation>
        </message>
    </context>
    <context>
        <name>BuildRunner</name>
        <message>
            <source>cache hit: this step was built before with the same input, so its layer is reused</source>
            <extracomment>Lines the log keeps (the oldest go first); the steps keep their own counts of every line. How often queued output reaches the window while a build runs (ms). At most this many lines per tick (the rest wait for the next one): bounds a tick's work.</extracomment>
            <translation>캐시 적중: 같은 입력으로 이미 빌드한 단계라서 그 레이어를 다시 씁니다</translation>
        </message>
        <message>
            <source>cache miss: the step runs in a temporary container</source>
            <translation>캐시 미스: 이 단계는 임시 컨테이너에서 실행됩니다</translation>
        </message>
        <message>
            <source>the image after this step</source>
            <translation>이 단계가 끝난 뒤의 이미지</translation>
        </message>
        <message>
            <source>the temporary container is removed; the step's result is the image below</source>
            <translation>임시 컨테이너를 지웁니다. 이 단계의 결과는 아래의 이미지입니다</translation>
        </message>
        <message>
            <source>Build {tag}</source>
            <translation>{tag} 빌드</translation>
        </message>
        <message>
            <source>Built {tag} ({id}): {steps} steps, {cached} from the cache, {ran} ran.</source>
            <translation>{tag} 빌드 완료({id}): {steps}개 단계 중 {cached}개는 캐시에서 가져왔고 {ran}개는 실행했습니다.</translation>
        </message>
    </context>
    <context>
        <name>BuildSteps</name>
        <message>
            <source>The cache broke at step {n}: its instruction changed (was “{old}”, now “{new}”), so it and every step after it ran again.</source>
            <extracomment>Instructions that change only the image's configuration (no files). A line that may be the builder's own (after leading blanks, "S", "-" or "R"), in a block of lines. What a line of build output can be, by code (``feed_lines`` gives codes: one byte a line). The first characters of the builder's own lines ("Step", "---&gt;", "Removing", "Successfully").</extracomment>
            <translation>{n}단계에서 캐시가 깨졌습니다: 명령이 바뀌었습니다(이전 “{old}”, 지금 “{new}”). 그래서 이 단계와 그 뒤의 모든 단계를 다시 실행했습니다.</translation>
        </message>
        <message>
            <source>The cache broke at step {n} ({instruction}): files it copies changed ({files}), so it and every step after it ran again.</source>
            <translation>{n}단계({instruction})에서 캐시가 깨졌습니다: 이 단계가 복사하는 파일이 바뀌었습니다({files}). 그래서 이 단계와 그 뒤의 모든 단계를 다시 실행했습니다.</translation>
        </message>
        <message>
            <source>The cache broke at step {n} ({instruction}): the files it copies changed, so it and every step after it ran again.</source>
            <translation>{n}단계({instruction})에서 캐시가 깨졌습니다: 이 단계가 복사하는 파일이 바뀌었습니다. 그래서 이 단계와 그 뒤의 모든 단계를 다시 실행했습니다.</translation>
        </message>
        <message>
            <source>The cache broke at step {n} ({instruction}): the previous build had no such step here, so it and every step after it ran.</source>
            <translation>{n}단계({instruction})에서 캐시가 깨졌습니다: 이전 빌드에는 이 자리에 이런 단계가 없었습니다. 그래서 이 단계와 그 뒤의 모든 단계를 실행했습니다.</translation>
        </message>
        <message>
            <source>Step {n} ({instruction}) is the first that ran; there is no earlier build of this tag to compare it with.</source>
            <translation>{n}단계({instruction})가 처음으로 실행된 단계입니다. 이 태그의 이전 빌드가 없어 비교할 수 없습니다.</translation>
        </message>
        <message>
            <source>No cache was asked for: every step ran.</source>
            <translation>캐시를 쓰지 않도록 했습니다: 모든 단계를 실행했습니다.</translation>
        </message>
        <message>
            <source>The cache broke at step {n} ({instruction}); its instruction is unchanged, so its input changed in a way the builder checks (a build argument, or the cached layer was removed).</source>
            <translation>{n}단계({instruction})에서 캐시가 깨졌습니다. 명령은 그대로이므로, 빌더가 확인하는 입력이 바뀌었습니다(빌드 인자가 바뀌었거나 캐시된 레이어가 삭제됨).</translation>
        </message>
    </context>
    <context>
        <name>BuildView</name>
        <message>
            <source>base image: already here</source>
            <translation>베이스 이미지: 이미 있음</translation>
        </message>
        <message>
            <source>from the cache</source>
            <translation>캐시에서 가져옴</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>실패</translation>
        </message>
        <message>
            <source>ran: settings only</source>
            <translation>실행함: 설정만 바뀜</translation>
        </message>
        <message>
            <source>ran</source>
            <translation>실행함</translation>
        </message>
        <message>
            <source>running…</source>
            <translation>실행 중…</translation>
        </message>
        <message>
            <source>Each step of the build appears here as it starts: green blocks came from the cache, orange ones ran.</source>
            <translation>빌드의 각 단계가 시작되는 대로 여기에 나타납니다: 초록색 블록은 캐시에서 가져온 단계, 주황색 블록은 실행한 단계입니다.</translation>
        </message>
        <message>
            <source>{outcome} · image {id}</source>
            <translation>{outcome} · 이미지 {id}</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds}초</translation>
        </message>
        <message>
            <source>base {size}</source>
            <translation>베이스 {size}</translation>
        </message>
        <message>
            <source>The builder found this step, with the same input, already built: its layer is reused and nothing ran.</source>
            <translation>빌더가 같은 입력으로 이미 빌드된 이 단계를 찾았습니다: 그 레이어를 다시 쓰고 아무것도 실행하지 않았습니다.</translation>
        </message>
        <message>
            <source>This step changes only the image's settings: no files, so no layer.</source>
            <translation>이 단계는 이미지의 설정만 바꿉니다: 파일이 없으므로 레이어도 없습니다.</translation>
        </message>
        <message>
            <source>This step ran and its changes became a new layer.</source>
            <translation>이 단계를 실행했고, 그 변경이 새 레이어가 되었습니다.</translation>
        </message>
        <message>
            <source>Each step makes one layer, or none for metadata steps. Build twice: unchanged steps come from the cache.</source>
            <translation>각 단계는 레이어를 하나 만들거나, 메타데이터 단계라면 만들지 않습니다. 두 번 빌드해 보세요: 바뀌지 않은 단계는 캐시에서 가져옵니다.</translation>
        </message>
        <message>
            <source>Build the image (Ctrl+Return)</source>
            <translation>이미지 빌드 (Ctrl+Return)</translation>
        </message>
        <message>
            <source>Com&amp;pare with the previous build</source>
            <translation>이전 빌드와 비교(&amp;P)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Dockerfile&lt;/b&gt; (the build context holds this file and the files added below)</source>
            <translation>&lt;b&gt;Dockerfile&lt;/b&gt; (빌드 컨텍스트에는 이 파일과 아래에 추가한 파일이 들어갑니다)</translation>
        </message>
        <message>
            <source>Added files:</source>
            <translation>추가한 파일:</translation>
        </message>
        <message>
            <source>Add f&amp;iles…</source>
            <translation>파일 추가(&amp;I)…</translation>
        </message>
        <message>
            <source>Put files next to the Dockerfile in the build context, for COPY and ADD to use</source>
            <translation>COPY와 ADD가 쓸 수 있도록 파일을 빌드 컨텍스트의 Dockerfile 옆에 넣습니다</translation>
        </message>
        <message>
            <source>Add a f&amp;older…</source>
            <translation>폴더 추가(&amp;O)…</translation>
        </message>
        <message>
            <source>Remove them</source>
            <translation>모두 빼기</translation>
        </message>
        <message>
            <source>none</source>
            <translation>없음</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) or folder(s): {names}</source>
            <translation>
                <numerusform>파일·폴더 %n개: {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Steps&lt;/b&gt; (the first at the bottom, as layers stack): green ✓ from the cache, orange ▶ ran, dashed ◇ settings only</source>
            <translation>&lt;b&gt;단계&lt;/b&gt;(레이어가 쌓이듯 첫 단계가 맨 아래): 초록 ✓ 캐시에서 가져옴, 주황 ▶ 실행함, 점선 ◇ 설정만 바뀜</translation>
        </message>
        <message numerus="yes">
            <source>the last %n lines (earlier ones are not kept)</source>
            <translation>
                <numerusform>마지막 %n줄(그 앞의 줄은 보관하지 않습니다)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lines</source>
            <translation>
                <numerusform>%n줄</numerusform>
            </translation>
        </message>
        <message>
            <source>Building {tag}: step {n} of {total}; so far {cached} from the cache, {ran} ran.</source>
            <translation>{tag} 빌드 중: {total}단계 중 {n}단계. 지금까지 {cached}개는 캐시에서 가져왔고 {ran}개는 실행했습니다.</translation>
        </message>
        <message>
            <source>Built {tag}: {steps} steps, {cached} from the cache, {ran} ran ({layers} made a layer, {metadata} changed settings only). Its layers are selected in the Layers tab.</source>
            <translation>{tag} 빌드 완료: {steps}개 단계 중 {cached}개는 캐시에서 가져왔고 {ran}개는 실행했습니다({layers}개는 레이어를 만들었고 {metadata}개는 설정만 바꿨습니다). 레이어 탭에서 이 이미지의 레이어를 선택해 두었습니다.</translation>
        </message>
        <message>
            <source>Files for the build context</source>
            <translation>빌드 컨텍스트에 넣을 파일</translation>
        </message>
        <message>
            <source>A folder for the build context</source>
            <translation>빌드 컨텍스트에 넣을 폴더</translation>
        </message>
        <message>
            <source>reused: the same layer, from the cache</source>
            <translation>재사용: 캐시에서 가져온 같은 레이어</translation>
        </message>
        <message>
            <source>rebuilt: same instruction, new layer</source>
            <translation>다시 빌드: 같은 명령, 새 레이어</translation>
        </message>
        <message>
            <source>changed instruction: rebuilt</source>
            <translation>명령이 바뀜: 다시 빌드</translation>
        </message>
        <message>
            <source>new step</source>
            <translation>새 단계</translation>
        </message>
        <message>
            <source>no longer in the Dockerfile</source>
            <translation>더 이상 Dockerfile에 없음</translation>
        </message>
        <message>
            <source>Compare builds of {tag}</source>
            <translation>{tag}의 빌드 비교</translation>
        </message>
        <message>
            <source>&lt;b&gt;{tag}&lt;/b&gt;: the latest build ({new}) against the one before it ({old}). {reused} of {steps} steps were reused from the cache; from the first rebuilt step on, every step is built again.</source>
            <translation>&lt;b&gt;{tag}&lt;/b&gt;: 최신 빌드({new})와 그 이전 빌드({old})의 비교입니다. {steps}개 단계 중 {reused}개를 캐시에서 재사용했습니다. 처음으로 다시 빌드한 단계부터는 모든 단계를 다시 빌드합니다.</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>단계</translation>
        </message>
        <message>
            <source>Instruction</source>
            <translation>명령</translation>
        </message>
        <message>
            <source>Image: before → now</source>
            <translation>이미지: 이전 → 지금</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>결과</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>{what}: the daemon at {where} did not answer within {seconds:.0f} s. It may be busy; try again in a moment.</source>
            <translation>{what}: {where}의 데몬이 {seconds:.0f}초 안에 응답하지 않았습니다. 바쁜 중일 수 있으니 잠시 후 다시 시도하십시오.</translation>
        </message>
        <message>
            <source>No image '{image}' on the daemon at {where}. Check the name with `docker images`.</source>
            <translation>{where}의 데몬에 '{image}' 이미지가 없습니다. `docker images`로 이름을 확인하십시오.</translation>
        </message>
        <message>
            <source>Reading the layers of {image}: the daemon at {where} did not answer within {seconds:.0f} s. It may be busy; try again in a moment.</source>
            <translation>{image}의 레이어 읽기: {where}의 데몬이 {seconds:.0f}초 안에 응답하지 않았습니다. 바쁜 중일 수 있으니 잠시 후 다시 시도하십시오.</translation>
        </message>
        <message>
            <source>Unknown format '{format}': use json or csv.</source>
            <translation>알 수 없는 형식 '{format}'입니다. json 또는 csv를 쓰십시오.</translation>
        </message>
        <message>
            <source>No image given: name one, e.g. `lifecycle-explorer layers busybox:latest`.</source>
            <translation>이미지를 지정하지 않았습니다. 예: `lifecycle-explorer layers busybox:latest`.</translation>
        </message>
        <message>
            <source>Reading which layers are shared</source>
            <translation>어떤 레이어를 공유하는지 읽기</translation>
        </message>
        <message>
            <source>Unknown view '{view}': export `layers IMAGE FILE` or `lifecycle FILE`.</source>
            <translation>알 수 없는 화면 '{view}'입니다. `layers IMAGE FILE` 또는 `lifecycle FILE`을 내보낼 수 있습니다.</translation>
        </message>
        <message>
            <source>Cannot tell the format of '{file}': the file name must end in .png or .svg.</source>
            <translation>'{file}'의 형식을 알 수 없습니다. 파일 이름은 .png 또는 .svg로 끝나야 합니다.</translation>
        </message>
        <message>
            <source>No image given: `export layers IMAGE FILE.png`.</source>
            <translation>이미지를 지정하지 않았습니다: `export layers IMAGE FILE.png`.</translation>
        </message>
        <message>
            <source>Cannot write {file}: the folder {folder} does not exist. Create it or choose another.</source>
            <translation>{file}에 쓸 수 없습니다. {folder} 폴더가 없습니다. 폴더를 만들거나 다른 곳을 고르십시오.</translation>
        </message>
        <message>
            <source>Could not write {file}: {reason}. Choose another file or folder.</source>
            <translation>{file}에 쓰지 못했습니다: {reason}. 다른 파일이나 폴더를 고르십시오.</translation>
        </message>
        <message>
            <source>Could not draw the {view} view: {error}. Please report this.</source>
            <translation>{view} 화면을 그리지 못했습니다: {error}. 이 문제를 알려 주십시오.</translation>
        </message>
        <message>
            <source>Wrote {file}: SVG drawing, {width}×{height} px, {what}.</source>
            <translation>{file}에 저장했습니다: SVG 그림, {width}×{height} px, {what}.</translation>
        </message>
        <message>
            <source>Wrote {file}: PNG picture, {width}×{height} px, {what}.</source>
            <translation>{file}에 저장했습니다: PNG 그림, {width}×{height} px, {what}.</translation>
        </message>
        <message>
            <source>Listing images</source>
            <translation>이미지 목록 읽기</translation>
        </message>
        <message>
            <source>Listing containers</source>
            <translation>컨테이너 목록 읽기</translation>
        </message>
        <message>
            <source>layer chart of {image} ({steps} steps, {layers} layers)</source>
            <translation>{image}의 레이어 차트 ({steps}개 단계, 레이어 {layers}개)</translation>
        </message>
        <message>
            <source>lifecycle graph ({containers} containers, {images} images)</source>
            <translation>라이프사이클 그래프 (컨테이너 {containers}개, 이미지 {images}개)</translation>
        </message>
        <message>
            <source>Unknown format '{format}': use text or jsonl.</source>
            <translation>알 수 없는 형식 '{format}'입니다: text 또는 jsonl을 쓰세요.</translation>
        </message>
        <message>
            <source>'{word}' is not a build argument: write KEY=VALUE.</source>
            <translation>'{word}'는 빌드 인자가 아닙니다: KEY=VALUE 형태로 쓰세요.</translation>
        </message>
        <message>
            <source>{folder} is not a folder: give the build context, the folder that holds the Dockerfile.</source>
            <translation>{folder}는 폴더가 아닙니다: 빌드 컨텍스트, 곧 Dockerfile이 있는 폴더를 지정하세요.</translation>
        </message>
        <message>
            <source>{folder} has no {dockerfile}: name it with -f.</source>
            <translation>{folder}에 {dockerfile}이 없습니다: -f로 파일을 지정하세요.</translation>
        </message>
        <message>
            <source>from the cache</source>
            <translation>캐시에서 가져옴</translation>
        </message>
        <message>
            <source>ran</source>
            <translation>실행함</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>실패</translation>
        </message>
        <message>
            <source>ran (settings only, no layer)</source>
            <translation>실행함(설정만 바뀜, 레이어 없음)</translation>
        </message>
        <message>
            <source>Built {tag} ({id}): {steps} steps, {cached} from the cache, {ran} ran.</source>
            <translation>{tag} 빌드 완료({id}): {steps}개 단계 중 {cached}개는 캐시에서 가져왔고 {ran}개는 실행했습니다.</translation>
        </message>
        <message>
            <source>shared with {images}</source>
            <translation>{images}와 공유</translation>
        </message>
        <message>
            <source>Digest: {digest}</source>
            <translation>다이제스트: {digest}</translation>
        </message>
        <message>
            <source>No Docker daemon answers at {endpoint}.</source>
            <translation>{endpoint}에서 응답하는 도커 데몬이 없습니다.</translation>
        </message>
        <message>
            <source>The lesson's leftovers could not be removed.</source>
            <translation>지난 수업이 남긴 것을 지우지 못했습니다.</translation>
        </message>
        <message>
            <source>The lesson did not finish in time.</source>
            <translation>수업이 제한 시간 안에 끝나지 않았습니다.</translation>
        </message>
        <message>
            <source>All {count} steps were confirmed by the daemon.</source>
            <translation>{count}개 단계 모두 데몬이 확인했습니다.</translation>
        </message>
        <message>
            <source>The lesson stopped at step {step}: {reason}</source>
            <translation>수업이 {step} 단계에서 멈췄습니다: {reason}</translation>
        </message>
        <message>
            <source>Clean-up: everything the lesson made is removed.</source>
            <translation>정리: 수업이 만든 것을 모두 지웠습니다.</translation>
        </message>
        <message>
            <source>Clean-up failed: {containers} containers and {images} images of the lesson remain (run the lesson's Reset).</source>
            <translation>정리 실패: 수업의 컨테이너 {containers}개와 이미지 {images}개가 남아 있습니다(수업의 초기화를 실행하십시오).</translation>
        </message>
        <message>
            <source>Unknown format '{format}': use text, json or dive.</source>
            <translation>알 수 없는 형식 '{format}': text, json, dive 중 하나를 쓰십시오.</translation>
        </message>
        <message>
            <source>No image given: name one, or give a saved image with --archive FILE.</source>
            <translation>이미지를 주지 않았습니다: 이미지 이름을 적거나, --archive FILE로 저장된 이미지를 주십시오.</translation>
        </message>
        <message>
            <source>Reading the files of {image}</source>
            <translation>{image}의 파일 읽기</translation>
        </message>
        <message>
            <source>Cannot read {file}: {reason}.</source>
            <translation>{file}을(를) 읽을 수 없습니다: {reason}.</translation>
        </message>
        <message>
            <source>{what} is not an image export this app can read: {reason}.</source>
            <translation>{what}은(는) 이 앱이 읽을 수 있는 이미지 내보내기 파일이 아닙니다: {reason}.</translation>
        </message>
        <message>
            <source>{image}: {layers} layers, {size}; efficiency {score:.4%}; wasted {wasted} ({percent} of what the layers above the first add).</source>
            <translation>{image}: 레이어 {layers}개, {size}. 효율 {score:.4%}, 낭비 {wasted}(첫 레이어 위의 레이어들이 더한 크기의 {percent}).</translation>
        </message>
        <message>
            <source>Efficiency is the share of the bytes that would remain if every file were stored once; wasted bytes are every copy of a file that more than one layer wrote or deleted.</source>
            <translation>효율은 모든 파일을 한 번씩만 저장했을 때 남는 바이트의 비율입니다. 낭비 바이트는 여러 레이어가 쓰거나 지운 파일의 모든 사본을 더한 것입니다.</translation>
        </message>
        <message>
            <source>A rule's threshold cannot be read: {value}.</source>
            <translation>규칙의 기준값을 읽을 수 없습니다: {value}.</translation>
        </message>
        <message>
            <source>CI: {result} ({passed} passed, {failed} failed).</source>
            <translation>CI: {result} (통과 {passed}개, 실패 {failed}개).</translation>
        </message>
        <message>
            <source>Unknown format '{format}': use text or json.</source>
            <translation>알 수 없는 형식 '{format}': text 또는 json을 쓰십시오.</translation>
        </message>
        <message>
            <source>Reading the disk usage</source>
            <translation>디스크 사용량 읽기</translation>
        </message>
        <message>
            <source>Images: {count}, layers {size} on disk; {free} reclaimable (images no container uses, counting only what they do not share).</source>
            <translation>이미지: {count}개, 디스크의 레이어 {size}. 되찾을 수 있는 공간 {free}(어떤 컨테이너도 쓰지 않는 이미지에서, 공유하지 않는 부분만 셈).</translation>
        </message>
        <message>
            <source>Containers: {count}, their writable layers {size}; {free} reclaimable (stopped ones).</source>
            <translation>컨테이너: {count}개, 쓰기 가능한 레이어 {size}. 되찾을 수 있는 공간 {free}(멈춘 컨테이너).</translation>
        </message>
        <message>
            <source>Volumes: {count}, {size}; {free} reclaimable (used by no container).</source>
            <translation>볼륨: {count}개, {size}. 되찾을 수 있는 공간 {free}(어떤 컨테이너도 쓰지 않는 볼륨).</translation>
        </message>
        <message>
            <source>Build cache: {size}; {free} reclaimable.</source>
            <translation>빌드 캐시: {size}. 되찾을 수 있는 공간 {free}.</translation>
        </message>
        <message>
            <source>ko or en</source>
            <translation>ko 또는 en</translation>
        </message>
        <message>
            <source>image name, tag or id</source>
            <translation>이미지 이름, 태그 또는 ID</translation>
        </message>
        <message>
            <source>file to write: .png or .svg</source>
            <translation>저장할 파일: .png 또는 .svg</translation>
        </message>
        <message>
            <source>Lifecycle Explorer: see the Docker container lifecycle and image layers, live.</source>
            <translation>라이프사이클 탐색기: Docker 컨테이너의 라이프사이클과 이미지 레이어를 실시간으로 봅니다.</translation>
        </message>
        <message>
            <source>The daemon is found like the docker CLI finds it: DOCKER_HOST, DOCKER_CONTEXT, then the current context.</source>
            <translation>데몬은 docker CLI와 같은 순서로 찾습니다: DOCKER_HOST, DOCKER_CONTEXT, 그다음 현재 컨텍스트.</translation>
        </message>
        <message>
            <source>print the version and exit</source>
            <translation>버전을 출력하고 끝냅니다</translation>
        </message>
        <message>
            <source>language of the window and of the commands' output: ko or en (default: the system's)</source>
            <translation>창과 명령 출력의 언어: ko 또는 en (기본값: 시스템 언어)</translation>
        </message>
        <message>
            <source>classroom lock: nothing destructive (remove, kill, remove image) and no tag moved; the menus cannot undo it (`safety/read_only=true` in the settings file does the same)</source>
            <translation>수업 잠금: 되돌릴 수 없는 작업(삭제, 강제 종료, 이미지 삭제)을 막고 태그도 옮기지 않습니다. 메뉴로는 풀 수 없습니다 (설정 파일의 `safety/read_only=true`도 같은 효과입니다)</translation>
        </message>
        <message>
            <source>start in presentation mode: full screen, projector-size text (F11 leaves it)</source>
            <translation>발표 모드로 시작합니다: 전체 화면, 프로젝터용 큰 글자 (F11로 나갑니다)</translation>
        </message>
        <message>
            <source>open the lesson (the lecture, step by step) when the window starts</source>
            <translation>창이 열릴 때 수업(강의를 한 단계씩)을 엽니다</translation>
        </message>
        <message>
            <source>daemon address (overrides DOCKER_HOST and contexts)</source>
            <translation>데몬 주소 (DOCKER_HOST와 컨텍스트보다 우선합니다)</translation>
        </message>
        <message>
            <source>start offscreen, render each view once, report, exit</source>
            <translation>화면 없이 시작해 각 보기를 한 번씩 그리고, 결과를 알린 뒤 끝냅니다</translation>
        </message>
        <message>
            <source>add the app to your desktop menu</source>
            <translation>앱을 데스크톱 메뉴에 추가합니다</translation>
        </message>
        <message>
            <source>remove what --install-desktop-entry wrote</source>
            <translation>--install-desktop-entry가 만든 것을 삭제합니다</translation>
        </message>
        <message>
            <source>render a view to a PNG or SVG file without opening a window</source>
            <translation>창을 열지 않고 보기를 PNG 또는 SVG 파일로 저장합니다</translation>
        </message>
        <message>
            <source>the lifecycle graph with the current counts</source>
            <translation>현재 개수가 표시된 라이프사이클 그래프</translation>
        </message>
        <message>
            <source>the layer chart of one image</source>
            <translation>이미지 하나의 레이어 차트</translation>
        </message>
        <message>
            <source>print the layer table of an image</source>
            <translation>이미지의 레이어 표를 출력합니다</translation>
        </message>
        <message>
            <source>build an image from a folder, printing each step as it finishes (from the cache or ran)</source>
            <translation>폴더에서 이미지를 빌드하며, 단계가 끝날 때마다 결과(캐시에서 가져옴 또는 실행함)를 출력합니다</translation>
        </message>
        <message>
            <source>the build context: the folder that holds the Dockerfile</source>
            <translation>빌드 컨텍스트: Dockerfile이 있는 폴더</translation>
        </message>
        <message>
            <source>name and tag of the new image</source>
            <translation>새 이미지의 이름과 태그</translation>
        </message>
        <message>
            <source>the Dockerfile, inside the context</source>
            <translation>컨텍스트 안의 Dockerfile</translation>
        </message>
        <message>
            <source>a build argument (repeat for more)</source>
            <translation>빌드 인자(여러 개면 반복)</translation>
        </message>
        <message>
            <source>run every step, use no cache</source>
            <translation>캐시를 쓰지 않고 모든 단계를 실행</translation>
        </message>
        <message>
            <source>the lecture as a lesson; with --auto, every step performed and confirmed by itself</source>
            <translation>강의를 수업으로 진행합니다. --auto를 주면 모든 단계를 스스로 실행하고 확인합니다</translation>
        </message>
        <message>
            <source>play every step by itself and exit (0 when the daemon confirmed them all)</source>
            <translation>모든 단계를 스스로 진행하고 끝냅니다(데몬이 모두 확인하면 0)</translation>
        </message>
        <message>
            <source>with --auto: play it in the window instead of without one</source>
            <translation>--auto와 함께: 창 없이가 아니라 창에서 진행합니다</translation>
        </message>
        <message>
            <source>pause between steps when playing (default 0.5)</source>
            <translation>자동 진행 때 단계 사이의 쉬는 시간(기본 0.5초)</translation>
        </message>
        <message>
            <source>what each layer holds, the wasted space and the efficiency, computed as dive computes them</source>
            <translation>레이어마다 담긴 것, 낭비된 공간, 효율을 dive와 같은 방식으로 계산합니다</translation>
        </message>
        <message>
            <source>dive: dive's own JSON export, for scripts written for dive --json</source>
            <translation>dive: dive --json용으로 쓴 스크립트를 위한 dive 자체의 JSON 형식</translation>
        </message>
        <message>
            <source>read a saved image (docker save) instead of asking the daemon</source>
            <translation>데몬에 묻는 대신 저장된 이미지(docker save)를 읽습니다</translation>
        </message>
        <message>
            <source>apply dive's rules and exit 1 when one fails</source>
            <translation>dive의 규칙을 적용하고, 하나라도 실패하면 1로 끝냅니다</translation>
        </message>
        <message>
            <source>dive's rule {rule} (default {default}; 'disabled' turns it off)</source>
            <translation>dive의 규칙 {rule}(기본값 {default}, 'disabled'로 끕니다)</translation>
        </message>
        <message>
            <source>where the disk went: images, containers, volumes and build cache, as the daemon counts them</source>
            <translation>디스크를 어디에 썼는지: 데몬이 세는 그대로의 이미지, 컨테이너, 볼륨, 빌드 캐시</translation>
        </message>
        <message>
            <source>download an image from its registry, layer by layer</source>
            <translation>레지스트리에서 이미지를 레이어별로 내려받습니다</translation>
        </message>
        <message>
            <source>upload an image to its registry, layer by layer</source>
            <translation>이미지를 레이어별로 레지스트리에 올립니다</translation>
        </message>
        <message>
            <source>image reference, e.g. 127.0.0.1:5000/app:1</source>
            <translation>이미지 참조, 예: 127.0.0.1:5000/app:1</translation>
        </message>
    </context>
    <context>
        <name>CommitDialog</name>
        <message>
            <source>Commit container</source>
            <translation>컨테이너 커밋</translation>
        </message>
        <message>
            <source>optional: what changed</source>
            <translation>선택 사항: 바뀐 내용</translation>
        </message>
        <message>
            <source>The writable layer of &lt;b&gt;{name}&lt;/b&gt; becomes a new read-only layer on top of its image, making a new image.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;의 쓰기 가능한 컨테이너 레이어가 원래 이미지 위에 얹히는 새 읽기 전용 레이어가 되어, 새 이미지를 만듭니다.</translation>
        </message>
        <message>
            <source>New &amp;image:</source>
            <translation>새 이미지(&amp;I):</translation>
        </message>
        <message>
            <source>&amp;Message:</source>
            <translation>메시지(&amp;M):</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <source>Step</source>
            <translation>단계</translation>
        </message>
        <message>
            <source>Left image</source>
            <translation>왼쪽 이미지</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>크기</translation>
        </message>
        <message>
            <source>Right image</source>
            <translation>오른쪽 이미지</translation>
        </message>
        <message>
            <source>⇄ Swap</source>
            <translation>⇄ 맞바꾸기</translation>
        </message>
        <message>
            <source>Left:</source>
            <translation>왼쪽:</translation>
        </message>
        <message>
            <source>Right:</source>
            <translation>오른쪽:</translation>
        </message>
        <message>
            <source>═ same</source>
            <translation>═ 같음</translation>
        </message>
        <message>
            <source>the very same layer (equal chain id: this layer and all under it are identical), stored once for both</source>
            <translation>완전히 같은 레이어(체인 ID가 같음: 이 레이어와 그 아래가 모두 같음)로, 두 이미지가 한 번만 저장합니다</translation>
        </message>
        <message>
            <source>where the images part</source>
            <translation>두 이미지가 갈라지는 곳</translation>
        </message>
        <message>
            <source>— choose an image —</source>
            <translation>— 이미지 선택 —</translation>
        </message>
        <message>
            <source>Choose two images to compare. An image and its commit, or two builds of similar Dockerfiles, share their first layers.</source>
            <translation>비교할 이미지 두 개를 선택하십시오. 이미지와 그 이미지의 커밋, 또는 비슷한 Dockerfile로 한 두 번의 빌드는 앞쪽 레이어를 공유합니다.</translation>
        </message>
        <message>
            <source>Choose an image to compare &lt;b&gt;{name}&lt;/b&gt; with (no other image shares a layer with it yet).</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;와(과) 비교할 이미지를 선택하십시오(아직 이 이미지와 레이어를 공유하는 다른 이미지가 없습니다).</translation>
        </message>
        <message>
            <source>Reading the layers of {names}…</source>
            <translation>{names}의 레이어를 읽는 중…</translation>
        </message>
        <message>
            <source>The same step: the same stored layer, chain id {id}</source>
            <translation>같은 단계: 저장된 같은 레이어, 체인 ID {id}</translation>
        </message>
        <message>
            <source>The same step: same config change (no layer)</source>
            <translation>같은 단계: 같은 설정 변경(레이어 없음)</translation>
        </message>
        <message>
            <source>The images part here: from this step on, each has its own layers.</source>
            <translation>두 이미지가 여기서 갈라집니다. 이 단계부터는 각 이미지가 자기 레이어를 가집니다.</translation>
        </message>
        <message numerus="yes">
            <source>%n layer(s)</source>
            <translation>
                <numerusform>레이어 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{left}&lt;/b&gt; and &lt;b&gt;{right}&lt;/b&gt; have exactly the same %n step(s): {layers}, {size}, stored once.</source>
            <translation>
                <numerusform>&lt;b&gt;{left}&lt;/b&gt;와(과) &lt;b&gt;{right}&lt;/b&gt;는 단계 %n개가 모두 같습니다. {layers}, {size}이며 한 번만 저장됩니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing more</source>
            <translation>더 없음</translation>
        </message>
        <message numerus="yes">
            <source>%n more step(s) ({layers}, {size})</source>
            <translation>
                <numerusform>단계 %n개 더({layers}, {size})</numerusform>
            </translation>
        </message>
        <message>
            <source>The first step is the same: {layers}, &lt;b&gt;{size}&lt;/b&gt; stored once for both.</source>
            <translation>첫 단계가 같습니다. {layers}, &lt;b&gt;{size}&lt;/b&gt;를 두 이미지가 한 번만 저장합니다.</translation>
        </message>
        <message>
            <source>The first &lt;b&gt;{count}&lt;/b&gt; steps are the same: {layers}, &lt;b&gt;{size}&lt;/b&gt; stored once for both.</source>
            <translation>처음 &lt;b&gt;{count}&lt;/b&gt;개 단계가 같습니다. {layers}, &lt;b&gt;{size}&lt;/b&gt;를 두 이미지가 한 번만 저장합니다.</translation>
        </message>
        <message>
            <source>The two images have no step in common.</source>
            <translation>두 이미지에는 공통 단계가 없습니다.</translation>
        </message>
        <message>
            <source>They part at step {step}: &lt;i&gt;{left}&lt;/i&gt; vs &lt;i&gt;{right}&lt;/i&gt;.</source>
            <translation>{step}단계에서 갈라집니다: &lt;i&gt;{left}&lt;/i&gt; 대 &lt;i&gt;{right}&lt;/i&gt;.</translation>
        </message>
        <message>
            <source>Then &lt;b&gt;{left}&lt;/b&gt; has {left_tail}; &lt;b&gt;{right}&lt;/b&gt; has {right_tail}.</source>
            <translation>그 뒤로 &lt;b&gt;{left}&lt;/b&gt;에는 {left_tail}, &lt;b&gt;{right}&lt;/b&gt;에는 {right_tail}이(가) 있습니다.</translation>
        </message>
        <message>
            <source>no layer</source>
            <translation>레이어 없음</translation>
        </message>
    </context>
    <context>
        <name>ConnectionBanner</name>
        <message>
            <source>&amp;Retry now</source>
            <translation>지금 다시 시도(&amp;R)</translation>
        </message>
        <message>
            <source>Trying to connect…</source>
            <translation>연결하는 중…</translation>
        </message>
        <message>
            <source>Docker stopped answering at {address}. Showing the last known state, which may be out of date.</source>
            <translation>{address}의 Docker가 응답하지 않습니다. 마지막으로 확인한 상태를 보여 주며, 최신 정보가 아닐 수 있습니다.</translation>
        </message>
        <message>
            <source>Connecting to Docker at {address}…</source>
            <translation>{address}의 Docker에 연결하는 중…</translation>
        </message>
        <message>
            <source>Waiting for it to answer…</source>
            <translation>응답을 기다리는 중…</translation>
        </message>
        <message>
            <source>Retrying by itself in {secs} s.</source>
            <translation>{secs}초 후 자동으로 다시 시도합니다.</translation>
        </message>
        <message>
            <source>Retrying…</source>
            <translation>다시 시도하는 중…</translation>
        </message>
    </context>
    <context>
        <name>ContainerList</name>
        <message>
            <source>created</source>
            <extracomment>Docker's status words as the State column shows them.</extracomment>
            <translation>생성됨</translation>
        </message>
        <message>
            <source>running</source>
            <translation>실행 중</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>일시 정지됨</translation>
        </message>
        <message>
            <source>restarting</source>
            <translation>재시작 중</translation>
        </message>
        <message>
            <source>removing</source>
            <translation>삭제 중</translation>
        </message>
        <message>
            <source>exited</source>
            <translation>종료됨</translation>
        </message>
        <message>
            <source>dead</source>
            <translation>죽음</translation>
        </message>
        <message>
            <source>exited ({code})</source>
            <translation>종료됨 ({code})</translation>
        </message>
        <message>
            <source>dead ({code})</source>
            <translation>죽음 ({code})</translation>
        </message>
        <message>
            <source>restarting (exit {code})</source>
            <translation>재시작 중 (종료 코드 {code})</translation>
        </message>
        <message>
            <source>Created: made, never started. Its writable layer and settings exist; no program has run.</source>
            <translation>생성됨: 만들어졌지만 한 번도 시작하지 않았습니다. 쓰기 가능한 레이어와 설정은 있지만, 실행된 프로그램은 없습니다.</translation>
        </message>
        <message>
            <source>{project} (compose)</source>
            <translation>{project} (도커 컴포즈)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>이미지</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>생성</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>CPU</source>
            <translation>CPU</translation>
        </message>
        <message>
            <source>CPU use over the last minute (100% = one core), for running containers in view.</source>
            <extracomment>The column the sparkline is drawn in. Points drawn (about a minute). At most this many streams for the list at once.</extracomment>
            <translation>최근 1분 동안의 CPU 사용률(100% = 코어 하나). 목록에 보이는 실행 중인 컨테이너만 측정합니다.</translation>
        </message>
    </context>
    <context>
        <name>ContainerLogs</name>
        <message>
            <source>▼ Following</source>
            <extracomment>Ring sizes offered in the menu.</extracomment>
            <translation>▼ 따라가는 중</translation>
        </message>
        <message>
            <source>‖ Paused: jump to the end</source>
            <translation>‖ 멈춤: 끝으로 이동</translation>
        </message>
        <message>
            <source>New lines scroll into view. Scroll up to read: following pauses until you come back to the end (click here, or Ctrl+End).</source>
            <translation>새 줄이 나타나면 화면이 따라 내려갑니다. 위로 스크롤해 읽는 동안에는 따라가기가 멈추고, 끝으로 돌아오면 다시 따라갑니다(여기를 누르거나 Ctrl+End).</translation>
        </message>
        <message>
            <source>Save the output</source>
            <translation>출력 저장</translation>
        </message>
        <message>
            <source>Log files (*.log *.txt);;All files (*)</source>
            <translation>로그 파일 (*.log *.txt);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>Could not save to {path}: {error}. Choose another folder.</source>
            <translation>{path}에 저장하지 못했습니다: {error}. 다른 폴더를 고르세요.</translation>
        </message>
        <message>
            <source>Saved {count} lines to {path}.</source>
            <translation>{count}줄을 {path}에 저장했습니다.</translation>
        </message>
        <message>
            <source>Clear what is shown</source>
            <translation>보이는 내용 지우기</translation>
        </message>
        <message>
            <source>Lines to keep</source>
            <translation>보관할 줄 수</translation>
        </message>
        <message>
            <source>The last {n}</source>
            <translation>마지막 {n}줄</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) match</source>
            <translation>
                <numerusform>%n줄 일치</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;span style='color:{out}'&gt;■ stdout&lt;/span&gt; &amp;nbsp; &lt;span style='color:{err}'&gt;■ stderr&lt;/span&gt; &amp;nbsp; &lt;span style='color:{note}'&gt;■ what happened to it&lt;/span&gt;</source>
            <translation>&lt;span style='color:{out}'&gt;■ 표준 출력(stdout)&lt;/span&gt; &amp;nbsp; &lt;span style='color:{err}'&gt;■ 표준 오류(stderr)&lt;/span&gt; &amp;nbsp; &lt;span style='color:{note}'&gt;■ 컨테이너에 일어난 일&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Select a container to see what it prints.</source>
            <translation>컨테이너를 고르면 그 출력이 보입니다.</translation>
        </message>
        <message>
            <source>This container is gone.</source>
            <translation>이 컨테이너는 없어졌습니다.</translation>
        </message>
        <message>
            <source>Following {name}: {kept} lines kept of the last {cap}.</source>
            <translation>{name}의 출력을 따라가는 중: 최근 {cap}줄 중 {kept}줄 보관.</translation>
        </message>
        <message>
            <source>{name} is not running: its output so far ({kept} lines).</source>
            <translation>{name}은(는) 실행 중이 아닙니다: 지금까지의 출력({kept}줄).</translation>
        </message>
        <message numerus="yes">
            <source>%n older line(s) let go to keep memory bounded.</source>
            <translation>
                <numerusform>메모리를 일정하게 유지하려고 오래된 %n줄을 버렸습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Timestamps</source>
            <translation>시각 표시(&amp;T)</translation>
        </message>
        <message>
            <source>When the daemon received each line (UTC).</source>
            <translation>데몬이 각 줄을 받은 시각(UTC).</translation>
        </message>
        <message>
            <source>Last:</source>
            <translation>최근:</translation>
        </message>
        <message>
            <source>all lines</source>
            <translation>모든 줄</translation>
        </message>
        <message>
            <source> lines</source>
            <translation>줄</translation>
        </message>
        <message>
            <source>How many of the earlier lines to read first (docker logs --tail).</source>
            <translation>처음에 읽어 올 이전 줄 수(docker logs --tail).</translation>
        </message>
        <message>
            <source>Search the output (Ctrl+F)</source>
            <translation>출력에서 찾기 (Ctrl+F)</translation>
        </message>
        <message>
            <source>&amp;Only matching lines</source>
            <translation>일치하는 줄만(&amp;O)</translation>
        </message>
        <message>
            <source>Previous match (Shift+F3)</source>
            <translation>이전 일치 (Shift+F3)</translation>
        </message>
        <message>
            <source>Next match (F3 or Enter)</source>
            <translation>다음 일치 (F3 또는 Enter)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>복사(&amp;C)</translation>
        </message>
        <message>
            <source>Copy the selected lines, or all lines shown when none is selected.</source>
            <translation>선택한 줄을 복사합니다. 선택이 없으면 보이는 모든 줄을 복사합니다.</translation>
        </message>
        <message>
            <source>&amp;Save…</source>
            <translation>저장(&amp;S)…</translation>
        </message>
        <message>
            <source>More</source>
            <translation>더 보기</translation>
        </message>
        <message>
            <source>No line contains “{term}”.</source>
            <extracomment>How often the GUI takes the queued lines (ms).</extracomment>
            <translation>“{term}”이(가) 들어 있는 줄이 없습니다.</translation>
        </message>
        <message>
            <source>The container's output appears here as it prints it.</source>
            <translation>컨테이너가 출력하는 내용이 출력되는 대로 여기에 나타납니다.</translation>
        </message>
        <message>
            <source>── paused: its processes are frozen, so nothing is printed until it is unpaused ──</source>
            <translation>── 일시 정지: 프로세스가 얼어 있어 일시 정지 해제까지 아무것도 출력되지 않습니다 ──</translation>
        </message>
        <message>
            <source>── unpaused: its processes carry on ──</source>
            <translation>── 일시 정지 해제: 프로세스가 이어서 실행됩니다 ──</translation>
        </message>
        <message>
            <source>── stopped (exit code {code}): its processes are gone; the output above is kept ──</source>
            <translation>── 정지됨(종료 코드 {code}): 프로세스는 사라졌고 위의 출력은 남아 있습니다 ──</translation>
        </message>
        <message>
            <source>── started again ──</source>
            <translation>── 다시 시작됨 ──</translation>
        </message>
        <message>
            <source>── removed: the container and its logs are gone from the daemon; the lines above are all that is left ──</source>
            <translation>── 삭제됨: 컨테이너와 그 로그가 데몬에서 사라졌습니다. 남은 것은 위의 줄뿐입니다 ──</translation>
        </message>
    </context>
    <context>
        <name>ContainerView</name>
        <message>
            <source>No container selected</source>
            <translation>선택한 컨테이너 없음</translation>
        </message>
        <message>
            <source>pick one in the list on the left</source>
            <translation>왼쪽 목록에서 하나를 고르세요</translation>
        </message>
        <message>
            <source>A shell can open only in a running container. Start it first.</source>
            <translation>셸은 실행 중인 컨테이너에서만 열 수 있습니다. 먼저 시작하세요.</translation>
        </message>
        <message>
            <source>The docker command is not installed, and the shell runs through it. Install Docker's command-line tool (Debian: docker.io or docker-cli), or use Run a command… instead.</source>
            <translation>셸은 docker 명령으로 여는데, 이 명령이 설치되어 있지 않습니다. Docker 명령줄 도구(Debian: docker.io 또는 docker-cli)를 설치하거나 대신 '명령 실행…'을 쓰세요.</translation>
        </message>
        <message>
            <source>No terminal emulator was found. Set the TERMINAL environment variable to one (for example xterm or gnome-terminal), or use Run a command… instead.</source>
            <translation>터미널 에뮬레이터를 찾지 못했습니다. TERMINAL 환경 변수에 하나를 지정하거나(예: xterm, gnome-terminal) 대신 '명령 실행…'을 쓰세요.</translation>
        </message>
        <message>
            <source>Looking for a shell in {name}…</source>
            <translation>{name}에서 셸을 찾는 중…</translation>
        </message>
        <message>
            <source>{name} has no shell to open (sh answered with exit code {code}). Use Run a command… with a program the image has.</source>
            <translation>{name}에는 열 셸이 없습니다(sh가 종료 코드 {code}로 답했습니다). 이미지에 있는 프로그램으로 '명령 실행…'을 쓰세요.</translation>
        </message>
        <message>
            <source>Opened a shell in {name} in a terminal</source>
            <translation>터미널에서 {name}의 셸을 열었습니다</translation>
        </message>
        <message>
            <source>A terminal opened with a shell in {name} ({cli}). Type exit to close it; the container keeps running.</source>
            <translation>{name}의 셸이 있는 터미널이 열렸습니다({cli}). exit를 입력하면 닫힙니다. 컨테이너는 계속 실행됩니다.</translation>
        </message>
        <message>
            <source>The terminal {program} could not be started. Set TERMINAL to another one.</source>
            <translation>터미널 {program}을(를) 시작하지 못했습니다. TERMINAL에 다른 터미널을 지정하세요.</translation>
        </message>
        <message>
            <source>&amp;Logs</source>
            <translation>로그(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Resources</source>
            <translation>자원 사용(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>자세히(&amp;D)</translation>
        </message>
        <message>
            <source>Run a &amp;command…</source>
            <translation>명령 실행(&amp;C)…</translation>
        </message>
        <message>
            <source>docker exec: run one command inside and see its output and exit code.</source>
            <translation>docker exec: 안에서 명령 하나를 실행하고 출력과 종료 코드를 봅니다.</translation>
        </message>
        <message>
            <source>Open a &amp;shell</source>
            <translation>셸 열기(&amp;S)</translation>
        </message>
        <message>
            <source>docker exec -it … sh in your terminal emulator ($TERMINAL, x-terminal-emulator, or a common one).</source>
            <translation>터미널 에뮬레이터($TERMINAL, x-terminal-emulator 또는 흔한 터미널)에서 docker exec -it … sh를 실행합니다.</translation>
        </message>
    </context>
    <context>
        <name>ContentsStore</name>
        <message>
            <source>Reading the files was cancelled.</source>
            <translation>파일 읽기를 취소했습니다.</translation>
        </message>
    </context>
    <context>
        <name>DaemonModel</name>
        <message>
            <source>containers created: {names}.</source>
            <translation>새로 생긴 컨테이너: {names}.</translation>
        </message>
        <message>
            <source>containers removed: {names}.</source>
            <translation>삭제된 컨테이너: {names}.</translation>
        </message>
        <message>
            <source>containers that changed state: {names}.</source>
            <translation>상태가 바뀐 컨테이너: {names}.</translation>
        </message>
        <message>
            <source>images added: {names}.</source>
            <translation>추가된 이미지: {names}.</translation>
        </message>
        <message>
            <source>images removed: {names}.</source>
            <translation>삭제된 이미지: {names}.</translation>
        </message>
        <message>
            <source>Back in touch with the daemon: nothing changed meanwhile.</source>
            <translation>데몬과 다시 연결되었습니다. 그동안 바뀐 것은 없습니다.</translation>
        </message>
        <message>
            <source>Back in touch with the daemon. While it was out of reach:</source>
            <translation>데몬과 다시 연결되었습니다. 연결되지 않은 동안 바뀐 것:</translation>
        </message>
    </context>
    <context>
        <name>DesktopIntegration</name>
        <message>
            <source>Could not install the launcher: the program path {path} cannot be written into a desktop file (it is not valid UTF-8). Move the installation to a path with a plain name and try again.</source>
            <extracomment>Pixel sizes rendered into resources/icons/hicolor (packaging/render_icons.py makes them). The console/gui script name from pyproject, and the PyInstaller bundle's executable name. Seconds a cache-refresh tool may take before it is abandoned.</extracomment>
            <translation>런처를 설치할 수 없습니다: 프로그램 경로 {path}은(는) 올바른 유니코드 텍스트가 아니어서 .desktop 파일에 쓸 수 없습니다. 설치 위치를 평범한 이름의 경로로 옮긴 후 다시 시도하십시오.</translation>
        </message>
        <message>
            <source>Could not read the launcher files shipped with {app} ({error}). The installation looks incomplete: reinstall {app} and try again.</source>
            <translation>{app}에 포함된 런처 파일을 읽을 수 없습니다({error}). 설치가 불완전한 것 같습니다. {app}을(를) 다시 설치한 후 다시 시도하십시오.</translation>
        </message>
        <message>
            <source>Nothing to remove: no launcher installed by {app} was found (there is no {manifest} in the data folder).</source>
            <translation>삭제할 것이 없습니다: {app}이(가) 설치한 런처를 찾지 못했습니다(데이터 폴더에 {manifest} 파일이 없습니다).</translation>
        </message>
        <message>
            <source>Removed the launcher for {app}:</source>
            <translation>{app} 런처를 삭제했습니다:</translation>
        </message>
        <message>
            <source>Installed the launcher for {app}:</source>
            <translation>{app} 런처를 설치했습니다:</translation>
        </message>
        <message>
            <source>{app} now appears in the application menu (log out and in again if it does not). Remove it with: {command}</source>
            <translation>이제 애플리케이션 메뉴에 {app}이(가) 나타납니다(나타나지 않으면 로그아웃했다가 다시 로그인하십시오). 삭제하려면 다음 명령을 실행하십시오: {command}</translation>
        </message>
        <message>
            <source>Could not install the launcher: the program path {path} contains a line break, which a desktop file cannot hold. Move the installation to a plain path and try again.</source>
            <translation>런처를 설치할 수 없습니다: 프로그램 경로 {path}에 줄바꿈 문자가 있어 .desktop 파일에 담을 수 없습니다. 설치 위치를 평범한 경로로 옮긴 후 다시 시도하십시오.</translation>
        </message>
        <message>
            <source>Could not read {path}: {reason}. Check its permissions and try again.</source>
            <translation>{path}을(를) 읽을 수 없습니다: {reason}. 파일 권한을 확인한 후 다시 시도하십시오.</translation>
        </message>
        <message>
            <source>Desktop entries are a Linux desktop feature. On macOS use the .app bundle and on Windows the .exe bundle, which carry their own icon.</source>
            <translation>데스크톱 항목(.desktop 파일)은 Linux 데스크톱 기능입니다. macOS에서는 .app 번들을, Windows에서는 .exe 번들을 사용하십시오. 이 번들에는 자체 아이콘이 들어 있습니다.</translation>
        </message>
        <message>
            <source>Could not remove the launcher: {path}: {reason}. Make sure {home} is writable by you, or choose another data folder with {setting}, and try again.</source>
            <translation>런처를 삭제할 수 없습니다: {path}: {reason}. {home}에 쓰기 권한이 있는지 확인하거나 {setting}(으)로 다른 데이터 폴더를 지정한 후 다시 시도하십시오.</translation>
        </message>
        <message>
            <source>Could not install the launcher: {path}: {reason}. Make sure {home} is writable by you, or choose another data folder with {setting}, and try again.</source>
            <translation>런처를 설치할 수 없습니다: {path}: {reason}. {home}에 쓰기 권한이 있는지 확인하거나 {setting}(으)로 다른 데이터 폴더를 지정한 후 다시 시도하십시오.</translation>
        </message>
    </context>
    <context>
        <name>Details</name>
        <message>
            <source>Select a container to see how it was made and how it runs.</source>
            <translation>컨테이너를 고르면 어떻게 만들어졌고 어떻게 실행되는지 보입니다.</translation>
        </message>
        <message>
            <source>Asking the daemon…</source>
            <translation>데몬에 묻는 중…</translation>
        </message>
        <message>
            <source>What docker inspect says, in plain words. It is read again whenever the container changes.</source>
            <translation>docker inspect가 알려 주는 내용을 쉬운 말로 보여 줍니다. 컨테이너가 바뀔 때마다 다시 읽습니다.</translation>
        </message>
        <message>
            <source>&amp;Raw JSON</source>
            <translation>원본 JSON(&amp;R)</translation>
        </message>
        <message>
            <source>The daemon's whole answer to docker inspect, as it sent it.</source>
            <translation>docker inspect에 대한 데몬의 답 전체를 받은 그대로 보여 줍니다.</translation>
        </message>
        <message>
            <source>Copy &amp;JSON</source>
            <translation>JSON 복사(&amp;J)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>이미지</translation>
        </message>
        <message>
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Exit code</source>
            <translation>종료 코드</translation>
        </message>
        <message>
            <source>Out of memory</source>
            <translation>메모리 부족</translation>
        </message>
        <message>
            <source>yes: the kernel killed it for using more memory than its limit</source>
            <translation>예: 한도보다 많은 메모리를 써서 커널이 강제로 끝냈습니다</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>오류</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>시작 시각</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>끝난 시각</translation>
        </message>
        <message>
            <source>Restart policy</source>
            <translation>재시작 정책</translation>
        </message>
        <message>
            <source>{policy}, restarted {count} times</source>
            <translation>{policy}, 재시작 {count}번</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>상태 검사</translation>
        </message>
        <message>
            <source>{status} ({streak} failed checks in a row); last check said: {output}</source>
            <translation>{status} (연속 실패 {streak}번). 마지막 검사 결과: {output}</translation>
        </message>
        <message>
            <source>Container</source>
            <translation>컨테이너</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>실행하는 것</translation>
        </message>
        <message>
            <source>Entrypoint</source>
            <translation>엔트리포인트</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>명령</translation>
        </message>
        <message>
            <source>Working directory</source>
            <translation>작업 디렉터리</translation>
        </message>
        <message>
            <source>User</source>
            <translation>사용자</translation>
        </message>
        <message>
            <source>root (the image's default)</source>
            <translation>root (이미지의 기본값)</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>터미널</translation>
        </message>
        <message>
            <source>yes (-t)</source>
            <translation>예 (-t)</translation>
        </message>
        <message>
            <source>no</source>
            <translation>아니요</translation>
        </message>
        <message>
            <source>What it runs</source>
            <translation>실행 내용</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>환경 변수</translation>
        </message>
        <message>
            <source>read-write</source>
            <translation>읽기·쓰기</translation>
        </message>
        <message>
            <source>read-only</source>
            <translation>읽기 전용</translation>
        </message>
        <message>
            <source>none: everything it writes goes into its own layer and is lost with rm</source>
            <translation>없음: 쓰는 모든 것이 컨테이너 레이어에 들어가고 rm과 함께 사라집니다</translation>
        </message>
        <message>
            <source>Mounts and volumes</source>
            <translation>마운트와 볼륨</translation>
        </message>
        <message>
            <source>published on {where}</source>
            <translation>{where}에 공개됨</translation>
        </message>
        <message>
            <source>published on a port the daemon picks when it starts</source>
            <translation>시작할 때 데몬이 고르는 포트에 공개됨</translation>
        </message>
        <message>
            <source>exposed, not published</source>
            <translation>노출만 되고 공개되지 않음</translation>
        </message>
        <message>
            <source>none</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>Network mode</source>
            <translation>네트워크 모드</translation>
        </message>
        <message>
            <source>Ports and network</source>
            <translation>포트와 네트워크</translation>
        </message>
        <message>
            <source>Memory limit</source>
            <translation>메모리 한도</translation>
        </message>
        <message>
            <source>none (all of the host's memory)</source>
            <translation>없음 (호스트의 메모리 전부)</translation>
        </message>
        <message>
            <source>CPU limit</source>
            <translation>CPU 한도</translation>
        </message>
        <message>
            <source>none (all of the host's CPUs)</source>
            <translation>없음 (호스트의 CPU 전부)</translation>
        </message>
        <message>
            <source>Limits</source>
            <translation>한도</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>라벨</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Read-only (classroom lock): {tag} already names an image, and it would move to the new one. Choose another name.</source>
            <translation>읽기 전용(수업 잠금): {tag}은(는) 이미 다른 이미지의 이름이라, 새 이미지로 옮겨 가게 됩니다. 다른 이름을 고르십시오.</translation>
        </message>
        <message>
            <source>Move the tag?</source>
            <translation>태그를 옮길까요?</translation>
        </message>
        <message>
            <source>{tag} already names an image.</source>
            <translation>{tag}은(는) 이미 다른 이미지의 이름입니다.</translation>
        </message>
        <message>
            <source>The tag moves to the new image; the old image keeps its layers but loses this name (it may show as &lt;none&gt;).</source>
            <translation>태그가 새 이미지로 옮겨 갑니다. 예전 이미지는 레이어를 그대로 갖지만 이 이름을 잃습니다 (&lt;none&gt;으로 보일 수 있습니다).</translation>
        </message>
        <message>
            <source>Move the tag</source>
            <translation>태그 옮기기</translation>
        </message>
    </context>
    <context>
        <name>DiskView</name>
        <message>
            <source>Stopped containers…</source>
            <extracomment>The prunes offered, in the menu's order: (kind, menu text, the rule in words, the CLI).</extracomment>
            <translation>정지된 컨테이너…</translation>
        </message>
        <message>
            <source>Removes every container that is not running (created, exited or dead). Paused containers count as running and stay. Each one's writable layer is freed; its volumes stay.</source>
            <translation>실행 중이 아닌 모든 컨테이너(생성됨, 종료됨, 죽음)를 삭제합니다. 일시 정지된 컨테이너는 실행 중으로 쳐서 남습니다. 각 컨테이너 레이어의 공간이 비워지고, 볼륨은 남습니다.</translation>
        </message>
        <message>
            <source>Dangling images…</source>
            <translation>태그 없는 이미지…</translation>
        </message>
        <message>
            <source>Removes images without a tag that no other image is built on (left behind when a tag moved to a newer build), with their untagged build steps. Images a container uses stay.</source>
            <translation>태그가 없고 다른 이미지의 바탕도 아닌 이미지(태그가 새 빌드로 옮겨 가며 남은 것)를 태그 없는 빌드 단계 이미지와 함께 삭제합니다. 컨테이너가 쓰는 이미지는 남습니다.</translation>
        </message>
        <message>
            <source>Unused images…</source>
            <translation>쓰지 않는 이미지…</translation>
        </message>
        <message>
            <source>Removes every image no container uses, running or stopped, tagged or not. Layers another image still holds are not freed.</source>
            <translation>실행 중이든 정지됐든 어떤 컨테이너도 쓰지 않는 이미지를 태그와 상관없이 모두 삭제합니다. 다른 이미지가 아직 가진 레이어의 공간은 비워지지 않습니다.</translation>
        </message>
        <message>
            <source>Unused volumes…</source>
            <translation>쓰지 않는 볼륨…</translation>
        </message>
        <message>
            <source>Removes local volumes no container mounts, with the data in them. A volume outlives its container, so this is the only way its data goes.</source>
            <translation>어떤 컨테이너도 마운트하지 않은 로컬 볼륨을 안의 데이터와 함께 삭제합니다. 볼륨은 컨테이너보다 오래 남으므로 데이터를 지우는 길은 이것뿐입니다.</translation>
        </message>
        <message>
            <source>Build cache…</source>
            <translation>빌드 캐시…</translation>
        </message>
        <message>
            <source>Removes BuildKit's cache records that no build is using. The classic builder's cache is its untagged step images: Dangling images removes those.</source>
            <translation>어떤 빌드도 쓰지 않는 BuildKit 캐시 기록을 삭제합니다. 기존 빌더의 캐시는 태그 없는 단계 이미지이므로 '태그 없는 이미지'가 지웁니다.</translation>
        </message>
        <message>
            <source>{total} · {free} reclaimable</source>
            <translation>{total} · {free} 회수 가능</translation>
        </message>
        <message numerus="yes">
            <source>Images (%n)</source>
            <translation>
                <numerusform>이미지 (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Containers' writable layers (%n)</source>
            <translation>
                <numerusform>컨테이너 레이어 (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Volumes (%n)</source>
            <translation>
                <numerusform>볼륨 (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Build cache (%n)</source>
            <translation>
                <numerusform>빌드 캐시 (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Asking the daemon where the disk went (docker system df -v)…</source>
            <translation>디스크를 어디에 썼는지 데몬에 묻는 중(docker system df -v)…</translation>
        </message>
        <message>
            <source>Image layers take {layers} on disk ({shared} of it shared by more than one image); containers' own layers {rw}; volumes {volumes}; build cache {cache}. About {free} could be freed.</source>
            <translation>이미지 레이어가 디스크 {layers}를 차지합니다(그중 {shared}는 여러 이미지가 공유). 컨테이너 레이어 {rw}, 볼륨 {volumes}, 빌드 캐시 {cache}. 약 {free}를 비울 수 있습니다.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>(untagged) {id}</source>
            <translation>(태그 없음) {id}</translation>
        </message>
        <message>
            <source>no container: it outlived the containers that used it</source>
            <translation>컨테이너 없음: 쓰던 컨테이너보다 오래 남았습니다</translation>
        </message>
        <message>
            <source>in use</source>
            <translation>사용 중</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>새로 고침(&amp;R)</translation>
        </message>
        <message>
            <source>Ask the daemon again (F5)</source>
            <translation>데몬에 다시 묻기 (F5)</translation>
        </message>
        <message>
            <source>&amp;Clean up</source>
            <translation>정리(&amp;C)</translation>
        </message>
        <message>
            <source>&lt;span style='color:{shared}'&gt;■&lt;/span&gt; layers more than one image holds &amp;nbsp; &lt;span style='color:{unique}'&gt;■&lt;/span&gt; layers one image holds alone &amp;nbsp; &lt;span style='color:{free}'&gt;▨&lt;/span&gt; reclaimable: what the clean-ups below would free</source>
            <translation>&lt;span style='color:{shared}'&gt;■&lt;/span&gt; 여러 이미지가 공유하는 레이어 &amp;nbsp; &lt;span style='color:{unique}'&gt;■&lt;/span&gt; 한 이미지만 가진 고유 레이어 &amp;nbsp; &lt;span style='color:{free}'&gt;▨&lt;/span&gt; 회수 가능: 아래 정리로 비울 수 있는 공간</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>이미지</translation>
        </message>
        <message>
            <source>Containers</source>
            <translation>컨테이너</translation>
        </message>
        <message>
            <source>Volumes</source>
            <translation>볼륨</translation>
        </message>
        <message>
            <source>Build cache</source>
            <translation>빌드 캐시</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>이미지</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>크기</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>공유</translation>
        </message>
        <message>
            <source>Its own</source>
            <translation>고유</translation>
        </message>
        <message>
            <source>Container</source>
            <translation>컨테이너</translation>
        </message>
        <message>
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Writable layer</source>
            <translation>컨테이너 레이어</translation>
        </message>
        <message>
            <source>With its image</source>
            <translation>이미지 포함</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>볼륨</translation>
        </message>
        <message>
            <source>Used by</source>
            <translation>사용하는 컨테이너</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>기록</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>사용 중</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>단계</translation>
        </message>
        <message>
            <source>Read-only (classroom lock): nothing is cleaned up.</source>
            <translation>읽기 전용(수업 잠금): 아무것도 정리하지 않습니다.</translation>
        </message>
        <message>
            <source>Destructive operations are switched off (Settings menu): nothing is cleaned up.</source>
            <translation>파괴적인 작업이 꺼져 있습니다(설정 메뉴): 아무것도 정리하지 않습니다.</translation>
        </message>
    </context>
    <context>
        <name>Engine</name>
        <message>
            <source>{address} (context {context})</source>
            <extracomment>Short calls never wait longer than this, so shutdown cannot hang on them.</extracomment>
            <translation>{address} (컨텍스트 {context})</translation>
        </message>
        <message>
            <source>The app is shutting down.</source>
            <extracomment>What a call made after shutdown answers.</extracomment>
            <translation>앱을 종료하는 중입니다.</translation>
        </message>
        <message>
            <source>The build was cancelled: the daemon stopped it.</source>
            <translation>빌드를 취소했습니다. 데몬이 빌드를 멈췄습니다.</translation>
        </message>
        <message>
            <source>Cancelled: the daemon stopped the transfer.</source>
            <translation>취소했습니다: 데몬이 전송을 멈췄습니다.</translation>
        </message>
        <message>
            <source>The build cache has no labels, so it cannot be cleaned up for the lesson's objects alone.</source>
            <translation>빌드 캐시에는 라벨이 없어 수업 객체만 골라 정리할 수 없습니다.</translation>
        </message>
        <message>
            <source>Turn Lesson only off to clean up the whole build cache.</source>
            <translation>빌드 캐시 전체를 정리하려면 '수업 것만'을 끄세요.</translation>
        </message>
        <message>
            <source>Inspect</source>
            <extracomment>Seconds ``docker stop`` waits for SIGTERM before SIGKILL (the CLI's default).</extracomment>
            <translation>조회</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>시작</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>정지</translation>
        </message>
        <message>
            <source>Restart</source>
            <translation>재시작</translation>
        </message>
        <message>
            <source>Kill</source>
            <translation>강제 종료</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>일시 정지</translation>
        </message>
        <message>
            <source>Unpause</source>
            <translation>일시 정지 해제</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>삭제</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>실행</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>생성</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>커밋</translation>
        </message>
        <message>
            <source>Run a command</source>
            <translation>명령 실행</translation>
        </message>
        <message>
            <source>Write a file</source>
            <translation>파일 쓰기</translation>
        </message>
        <message>
            <source>Read logs</source>
            <translation>로그 읽기</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>가져오기(import)</translation>
        </message>
        <message>
            <source>Read the image's files</source>
            <translation>이미지의 파일 읽기</translation>
        </message>
        <message>
            <source>Disk usage</source>
            <translation>디스크 사용량</translation>
        </message>
        <message>
            <source>Preview the clean-up</source>
            <translation>정리 미리 보기</translation>
        </message>
        <message>
            <source>Clean up</source>
            <translation>정리</translation>
        </message>
        <message>
            <source>List processes</source>
            <translation>프로세스 목록 읽기</translation>
        </message>
        <message>
            <source>List changes</source>
            <translation>변경 사항 목록 읽기</translation>
        </message>
        <message>
            <source>Measure container</source>
            <translation>컨테이너 크기 측정</translation>
        </message>
        <message>
            <source>List images</source>
            <translation>이미지 목록 읽기</translation>
        </message>
        <message>
            <source>Remove image</source>
            <translation>이미지 삭제</translation>
        </message>
        <message>
            <source>Pull</source>
            <translation>풀</translation>
        </message>
        <message>
            <source>The build failed: {error}</source>
            <translation>빌드에 실패했습니다: {error}</translation>
        </message>
        <message>
            <source>Fix that step of the Dockerfile and build again; the steps before it are cached.</source>
            <translation>Dockerfile의 해당 단계를 고친 뒤 다시 빌드하십시오. 그 앞의 단계는 캐시에 남아 있습니다.</translation>
        </message>
        <message>
            <source>Build</source>
            <translation>빌드</translation>
        </message>
        <message>
            <source>Clean up after the build</source>
            <translation>빌드 뒷정리</translation>
        </message>
        <message>
            <source>Read layers</source>
            <translation>레이어 읽기</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>태그</translation>
        </message>
        <message>
            <source>Push</source>
            <translation>푸시</translation>
        </message>
        <message>
            <source>List containers</source>
            <translation>컨테이너 목록 읽기</translation>
        </message>
        <message>
            <source>The daemon at {address} is not answering: it may be frozen or overloaded.</source>
            <extracomment>Seconds between reconnection attempts: quick at first, then every 8 s. A connection that lasted this long was real: its loss starts the backoff from the beginning. While connected, the daemon is pinged this often (seconds) on a thread of its own: an event stream that is merely quiet and one whose daemon is frozen (SIGSTOP, overload) look the same otherwise. A ping not answered within this many seconds: the daemon is not answering. Actions whose event alone says the container's new status: shown at once, without an inspect (a burst of pauses is then drawn as fast as the daemon reports it, and a short pause is never missed). Container actions that never change its state: no need to inspect after them.</extracomment>
            <translation>{address}의 데몬이 응답하지 않습니다. 멈췄거나 과부하 상태일 수 있습니다.</translation>
        </message>
        <message>
            <source>What you asked for meanwhile may still happen when it answers again; the app will show it then.</source>
            <translation>그동안 요청한 작업은 데몬이 다시 응답할 때 실행될 수도 있습니다. 그러면 앱이 그 결과를 보여 줍니다.</translation>
        </message>
        <message>
            <source>Following the daemon</source>
            <translation>데몬 이벤트 수신</translation>
        </message>
        <message>
            <source>Connecting to Docker</source>
            <translation>Docker 연결</translation>
        </message>
        <message>
            <source>Reading the logs</source>
            <extracomment>Kinds of a log line (one byte each in the log model).</extracomment>
            <translation>로그 읽기</translation>
        </message>
        <message>
            <source>Reading the resource use</source>
            <translation>자원 사용량 읽기</translation>
        </message>
    </context>
    <context>
        <name>EngineErrors</name>
        <message>
            <source>{what}: nothing to do.</source>
            <translation>{what}: 할 일이 없습니다.</translation>
        </message>
        <message>
            <source>{what}: {explanation}.</source>
            <extracomment>runc's words for a command that is not in the image: exec: "nosuch": executable file not found in $PATH "&lt;what failed&gt;: &lt;the daemon's own words&gt;." (the explanation stays as the daemon wrote it).</extracomment>
            <translation>{what}: {explanation}.</translation>
        </message>
        <message>
            <source>Check that Docker is installed and running (for example `{command}`).</source>
            <translation>Docker가 설치되어 실행 중인지 확인하십시오 (예: `{command}`).</translation>
        </message>
        <message>
            <source>The address comes from {source}; check that it is right.</source>
            <translation>이 주소는 {source}에서 왔습니다. 올바른지 확인하십시오.</translation>
        </message>
        <message>
            <source>Docker is not reachable at {address}.</source>
            <translation>{address}의 Docker에 연결할 수 없습니다.</translation>
        </message>
        <message>
            <source>{operation} failed</source>
            <translation>{operation} 실패</translation>
        </message>
        <message>
            <source>The request failed</source>
            <translation>요청 실패</translation>
        </message>
        <message>
            <source>Permission denied on the Docker socket {socket}.</source>
            <translation>Docker 소켓 {socket}에 접근할 권한이 없습니다.</translation>
        </message>
        <message>
            <source>Add your user to the `docker` group (`{command}`), then log out and in again.</source>
            <translation>사용자를 `docker` 그룹에 추가한 뒤(`{command}`) 로그아웃했다가 다시 로그인하십시오.</translation>
        </message>
        <message>
            <source>{what}: the image has no program '{command}' to run.</source>
            <translation>{what}: 이미지 안에 실행할 프로그램 '{command}'이(가) 없습니다.</translation>
        </message>
        <message>
            <source>Check the command: it must exist inside the image (for example `sh` or `sleep 3600` in a busybox image).</source>
            <translation>명령을 확인하십시오. 명령은 이미지 안에 있어야 합니다 (예: busybox 이미지라면 `sh`나 `sleep 3600`).</translation>
        </message>
        <message>
            <source>It may have been removed elsewhere.</source>
            <translation>다른 곳에서 삭제되었을 수 있습니다.</translation>
        </message>
        <message>
            <source>Check the values you entered.</source>
            <translation>입력한 값을 확인하십시오.</translation>
        </message>
        <message>
            <source>{what}: the daemon answered {code}: {explanation}.</source>
            <translation>{what}: 데몬이 {code} 응답을 보냈습니다: {explanation}.</translation>
        </message>
        <message>
            <source>See the build output for the failing step.</source>
            <translation>실패한 단계는 빌드 출력에서 확인하십시오.</translation>
        </message>
        <message>
            <source>{what}: the daemon did not answer in time.</source>
            <translation>{what}: 데몬이 제시간에 응답하지 않았습니다.</translation>
        </message>
        <message>
            <source>It may be busy or frozen: what you asked for may still happen when it answers again, and the app will show it then.</source>
            <translation>데몬이 바쁘거나 멈췄을 수 있습니다. 요청한 작업은 데몬이 다시 응답할 때 실행될 수도 있으며, 그러면 앱이 보여 줍니다.</translation>
        </message>
        <message>
            <source>No registry answers at {host}; this machine may be offline, or the registry is not running.</source>
            <translation>{host}에서 응답하는 레지스트리가 없습니다. 이 컴퓨터가 오프라인이거나 레지스트리가 실행 중이 아닐 수 있습니다.</translation>
        </message>
        <message>
            <source>Check the address and that the registry is running, then try again. Images already on this machine are not affected.</source>
            <translation>주소와 레지스트리 실행 여부를 확인한 뒤 다시 시도하세요. 이 컴퓨터에 이미 있는 이미지는 영향을 받지 않습니다.</translation>
        </message>
        <message>
            <source>The registry at {host} has no image {reference}.</source>
            <translation>{host}의 레지스트리에 {reference} 이미지가 없습니다.</translation>
        </message>
        <message>
            <source>Check the name and the tag; push it there first if it is yours.</source>
            <translation>이름과 태그를 확인하세요. 직접 만든 이미지라면 먼저 그곳에 푸시하세요.</translation>
        </message>
        <message>
            <source>The registry at {host} refused access to {reference}.</source>
            <translation>{host}의 레지스트리가 {reference}에 대한 접근을 거부했습니다.</translation>
        </message>
        <message>
            <source>Log in to that registry with `docker login {host}`, or check that the name is yours.</source>
            <translation>`docker login {host}`로 그 레지스트리에 로그인하거나, 이름이 본인 것인지 확인하세요.</translation>
        </message>
        <message>
            <source>There is no local image {reference} to push.</source>
            <translation>푸시할 로컬 이미지 {reference}가 없습니다.</translation>
        </message>
        <message>
            <source>Tag an image with that name first (its menu: Tag for a registry…).</source>
            <translation>먼저 이미지에 그 이름으로 태그를 붙이세요(이미지 메뉴: 레지스트리용 태그…).</translation>
        </message>
        <message>
            <source>Pull</source>
            <translation>풀</translation>
        </message>
        <message>
            <source>Push</source>
            <translation>푸시</translation>
        </message>
        <message>
            <source>{what} of {reference} failed: {explanation}</source>
            <translation>{reference}의 {what}에 실패했습니다: {explanation}</translation>
        </message>
    </context>
    <context>
        <name>EventNarrator</name>
        <message>
            <source>container {name}: {operation}</source>
            <extracomment>How long a burst may pause before it counts as finished. Events within this many seconds of an app operation on the same object are its doing. One log line per (object type, who did it); ``{operation}`` is the operation's edge label, or the daemon's own action word when no operation explains the events.</extracomment>
            <translation>{name} 컨테이너: {operation}</translation>
        </message>
        <message>
            <source>container {name}: {operation} (outside the app)</source>
            <translation>{name} 컨테이너: {operation} (앱 외부에서)</translation>
        </message>
        <message>
            <source>container {name}: {operation} (temporary container of a build step)</source>
            <translation>{name} 컨테이너: {operation} (빌드 단계의 임시 컨테이너)</translation>
        </message>
        <message>
            <source>image {name}: {operation}</source>
            <translation>{name} 이미지: {operation}</translation>
        </message>
        <message>
            <source>image {name}: {operation} (outside the app)</source>
            <translation>{name} 이미지: {operation} (앱 외부에서)</translation>
        </message>
        <message>
            <source>image {name}: {operation} (temporary container of a build step)</source>
            <translation>{name} 이미지: {operation} (빌드 단계의 임시 컨테이너)</translation>
        </message>
        <message>
            <source>containers pruned</source>
            <translation>컨테이너 정리됨</translation>
        </message>
        <message>
            <source>images pruned</source>
            <translation>이미지 정리됨</translation>
        </message>
        <message>
            <source>containers pruned ({bytes} bytes reclaimed)</source>
            <translation>컨테이너 정리됨 ({bytes}바이트 회수)</translation>
        </message>
        <message>
            <source>images pruned ({bytes} bytes reclaimed)</source>
            <translation>이미지 정리됨 ({bytes}바이트 회수)</translation>
        </message>
        <message>
            <source>events: {chain} (exit code {code})</source>
            <translation>이벤트: {chain} (종료 코드 {code})</translation>
        </message>
        <message>
            <source>events: {chain}</source>
            <translation>이벤트: {chain}</translation>
        </message>
        <message>
            <source>container {name}: its process exited on its own</source>
            <translation>{name} 컨테이너: 프로세스가 스스로 종료되었습니다</translation>
        </message>
    </context>
    <context>
        <name>ExecDialog</name>
        <message>
            <source>Type a command, for example: ls -la /</source>
            <translation>명령을 입력하십시오. 예: ls -la /</translation>
        </message>
        <message>
            <source>Run a command in {name}</source>
            <translation>{name} 안에서 명령 실행</translation>
        </message>
        <message>
            <source>Co&amp;mmand:</source>
            <translation>명령(&amp;M):</translation>
        </message>
        <message>
            <source>It runs inside the container, through a shell, and its output is shown when it ends. Files it writes go into the container's own layer (see Container on its image).</source>
            <translation>명령은 컨테이너 안에서 셸로 실행되고, 끝나면 출력이 보입니다. 명령이 쓰는 파일은 컨테이너 자신의 레이어에 들어갑니다(이미지 위의 컨테이너 참고).</translation>
        </message>
    </context>
    <context>
        <name>ExitCode</name>
        <message>
            <source>no exit code yet</source>
            <translation>아직 종료 코드가 없습니다</translation>
        </message>
        <message>
            <source>exit code 0: the program ended normally</source>
            <translation>종료 코드 0: 프로그램이 정상적으로 끝났습니다</translation>
        </message>
        <message>
            <source>exit code 137: killed (SIGKILL), e.g. by docker kill or when it ignored docker stop for the whole timeout</source>
            <translation>종료 코드 137: 강제로 종료됨(SIGKILL). docker kill을 썼거나, docker stop을 제한 시간 내내 따르지 않은 경우입니다</translation>
        </message>
        <message>
            <source>exit code 143: ended by SIGTERM (docker stop), without handling it</source>
            <translation>종료 코드 143: SIGTERM(docker stop)을 처리하지 않고 끝났습니다</translation>
        </message>
        <message>
            <source>exit code 130: interrupted (Ctrl+C, SIGINT)</source>
            <translation>종료 코드 130: 중단됨(Ctrl+C, SIGINT)</translation>
        </message>
        <message>
            <source>exit code {code}: the command could not be run or was not found</source>
            <translation>종료 코드 {code}: 명령을 실행할 수 없거나 찾지 못했습니다</translation>
        </message>
        <message>
            <source>exit code {code}: ended by signal {signal}</source>
            <translation>종료 코드 {code}: 시그널 {signal}로 끝났습니다</translation>
        </message>
        <message>
            <source>exit code {code}: the program reported an error</source>
            <translation>종료 코드 {code}: 프로그램이 오류를 보고했습니다</translation>
        </message>
    </context>
    <context>
        <name>FilesView</name>
        <message>
            <source>{count} smaller files</source>
            <extracomment>At most this many rows in a flat list (a search, or a layer's changes): the rest are counted. The treemap draws the largest files; the rest are one tile.</extracomment>
            <translation>더 작은 파일 {count}개</translation>
        </message>
        <message>
            <source>last written by layer {layer}</source>
            <translation>마지막으로 쓴 레이어: {layer}</translation>
        </message>
        <message>
            <source>Reading the image's files from the daemon's export: {read} so far…</source>
            <translation>데몬의 내보내기에서 이미지의 파일을 읽는 중: 지금까지 {read}…</translation>
        </message>
        <message>
            <source>Read the files</source>
            <translation>파일 읽기</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>멈추기</translation>
        </message>
        <message>
            <source>Whole filesystem as of this layer</source>
            <translation>이 레이어까지의 전체 파일 시스템</translation>
        </message>
        <message>
            <source>Search a path…</source>
            <translation>경로 검색…</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>경로</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>변경</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>크기</translation>
        </message>
        <message>
            <source>Mode / link</source>
            <translation>권한 / 링크</translation>
        </message>
        <message>
            <source>File</source>
            <translation>파일</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>사본</translation>
        </message>
        <message>
            <source>Bytes</source>
            <translation>바이트</translation>
        </message>
        <message>
            <source>Layer {n} · {size} · {command}</source>
            <translation>레이어 {n} · {size} · {command}</translation>
        </message>
        <message>
            <source>Select an image in the list on the left to see its files.</source>
            <translation>왼쪽 목록에서 이미지를 고르면 파일이 보입니다.</translation>
        </message>
        <message>
            <source>Reading the image's files from the daemon's export…</source>
            <translation>데몬의 내보내기에서 이미지의 파일을 읽는 중…</translation>
        </message>
        <message>
            <source>The files of each layer come from the image's export (docker save): Read the files to see them.</source>
            <translation>레이어마다의 파일은 이미지 내보내기(docker save)에서 옵니다: 파일 읽기를 누르면 보입니다.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Efficiency {score:.1%}&lt;/b&gt; · wasted {wasted} ({percent} of what the layers above the first add). Efficiency is the share of the bytes that would remain if each file were stored once; wasted bytes are every copy of a file that more than one layer wrote or deleted (dive's numbers).</source>
            <translation>&lt;b&gt;효율 {score:.1%}&lt;/b&gt; · 낭비 {wasted}(첫 레이어 위의 레이어들이 더한 크기의 {percent}). 효율은 파일마다 한 번씩만 저장했을 때 남는 바이트의 비율이고, 낭비 바이트는 여러 레이어가 쓰거나 지운 파일의 모든 사본입니다(dive와 같은 계산).</translation>
        </message>
        <message>
            <source>&lt;b&gt;Inefficient files&lt;/b&gt;: {count}, {bytes} in all (click one for the layers that wrote it)</source>
            <translation>&lt;b&gt;비효율 파일&lt;/b&gt;: {count}개, 모두 {bytes}(누르면 그 파일을 쓴 레이어가 보입니다)</translation>
        </message>
        <message>
            <source>written or deleted by layers {layers}</source>
            <translation>이 파일을 쓰거나 지운 레이어: {layers}</translation>
        </message>
        <message>
            <source>… and {count} more (search to narrow)</source>
            <translation>… 그리고 {count}개 더(검색으로 좁히십시오)</translation>
        </message>
        <message>
            <source>added</source>
            <translation>추가됨</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>변경됨</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>삭제됨</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>1 year ago</source>
            <extracomment>(seconds in the unit, "1 &lt;unit&gt; ago", "{n} &lt;units&gt; ago"), largest first.</extracomment>
            <translation>1년 전</translation>
        </message>
        <message>
            <source>{n} years ago</source>
            <translation>{n}년 전</translation>
        </message>
        <message>
            <source>1 month ago</source>
            <translation>1개월 전</translation>
        </message>
        <message>
            <source>{n} months ago</source>
            <translation>{n}개월 전</translation>
        </message>
        <message>
            <source>1 week ago</source>
            <translation>1주 전</translation>
        </message>
        <message>
            <source>{n} weeks ago</source>
            <translation>{n}주 전</translation>
        </message>
        <message>
            <source>1 day ago</source>
            <translation>1일 전</translation>
        </message>
        <message>
            <source>{n} days ago</source>
            <translation>{n}일 전</translation>
        </message>
        <message>
            <source>1 hour ago</source>
            <translation>1시간 전</translation>
        </message>
        <message>
            <source>{n} hours ago</source>
            <translation>{n}시간 전</translation>
        </message>
        <message>
            <source>1 minute ago</source>
            <translation>1분 전</translation>
        </message>
        <message>
            <source>{n} minutes ago</source>
            <translation>{n}분 전</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>방금</translation>
        </message>
    </context>
    <context>
        <name>Glossary</name>
        <message>
            <source>A read-only template for containers: a stack of layers plus settings (the command to run, environment, labels).</source>
            <translation>컨테이너의 읽기 전용 틀입니다: 레이어를 쌓은 것과 설정(실행할 명령, 환경 변수, 라벨)으로 이루어집니다.</translation>
        </message>
        <message>
            <source>A server that stores images by name, such as Docker Hub; pull copies from it, push copies to it.</source>
            <translation>이미지를 이름으로 보관하는 서버입니다(예: 도커 허브). pull은 거기서 가져오고, push는 거기로 보냅니다.</translation>
        </message>
        <message>
            <source>A text file of steps (FROM, RUN, COPY, CMD…) that docker build follows to make an image.</source>
            <translation>docker build가 이미지를 만들 때 따르는 단계(FROM, RUN, COPY, CMD…)를 적은 텍스트 파일로, 빌드의 설계도입니다.</translation>
        </message>
        <message>
            <source>The files one step added, changed or deleted, stored once and shared by every image that has the same steps below it.</source>
            <translation>한 단계가 더하거나 바꾸거나 지운 파일들입니다. 한 번만 저장되고, 그 아래 단계가 같은 모든 이미지가 공유합니다.</translation>
        </message>
        <message>
            <source>Steps already built with the same input are reused instead of run again ("Using cache"); the first changed step and all after it run again.</source>
            <translation>같은 입력으로 이미 빌드한 단계는 다시 실행하지 않고 재사용합니다("Using cache"). 처음 바뀐 단계와 그 뒤의 단계는 모두 다시 실행됩니다. 이것이 빌드 캐시입니다.</translation>
        </message>
        <message>
            <source>A running (or stopped) instance of an image: the image's layers plus one writable layer of its own, and its processes.</source>
            <translation>이미지로 만든 실행 중(또는 멈춘) 실체입니다: 이미지의 레이어 위에 자기만의 쓰기 가능한 레이어 하나와 프로세스가 있습니다.</translation>
        </message>
        <message>
            <source>The thin writable layer on top of a container's image: everything the container writes goes here, and it is removed with the container.</source>
            <translation>컨테이너의 이미지 위에 있는 얇은 쓰기 가능한 레이어입니다: 컨테이너가 쓰는 모든 것이 여기에 들어가고, 컨테이너를 지우면 함께 사라집니다.</translation>
        </message>
        <message>
            <source>A container that was made but never started: its layer and settings exist, no process has run. Not the same as stopped.</source>
            <translation>만들어졌지만 한 번도 시작하지 않은 컨테이너입니다: 레이어와 설정은 있지만 실행된 프로세스는 없습니다. 멈춘 것과는 다릅니다.</translation>
        </message>
        <message>
            <source>A container whose main process ended (docker stop, or it finished): its files remain; its exit code says how it ended.</source>
            <translation>주 프로세스가 끝난 컨테이너입니다(docker stop, 또는 스스로 끝남): 파일은 남아 있고, 종료 코드가 어떻게 끝났는지 알려 줍니다.</translation>
        </message>
        <message>
            <source>A container whose processes are frozen in place: they keep their memory but get no CPU time until unpause.</source>
            <translation>프로세스가 그 자리에 얼어 있는 컨테이너입니다: 메모리는 그대로지만 unpause할 때까지 CPU 시간을 받지 못합니다.</translation>
        </message>
        <message>
            <source>The Linux kernel feature that pause uses: it stops scheduling a group of processes without ending them.</source>
            <translation>pause가 쓰는 리눅스 커널 기능입니다: 프로세스 묶음을 끝내지 않고 실행 순서에서만 뺍니다.</translation>
        </message>
        <message>
            <source>The number a process ends with: 0 means success, 137 killed (SIGKILL), 143 ended by SIGTERM (docker stop).</source>
            <translation>프로세스가 끝날 때 남기는 숫자입니다: 0은 성공, 137은 강제 종료(SIGKILL), 143은 SIGTERM(docker stop)으로 끝남을 뜻합니다.</translation>
        </message>
        <message>
            <source>The size of a container's own writable layer: the bytes it wrote.</source>
            <translation>컨테이너 자신의 쓰기 가능한 레이어 크기입니다: 컨테이너가 쓴 바이트 수입니다.</translation>
        </message>
        <message>
            <source>Everything a container sees: its image's layers plus its own layer.</source>
            <translation>컨테이너가 보는 전체입니다: 이미지의 레이어와 자신의 레이어를 합친 것입니다.</translation>
        </message>
        <message>
            <source>The files a container added (A), changed (C) or deleted (D) compared with its image.</source>
            <translation>컨테이너가 이미지와 비교해 더한(A), 바꾼(C), 지운(D) 파일들입니다.</translation>
        </message>
        <message>
            <source>docker commit turns a container's writable layer into a new image layer: image 2 = image 1 + that layer.</source>
            <translation>docker commit 명령(커밋)은 컨테이너의 쓰기 가능한 레이어를 새 이미지 레이어로 만듭니다: 이미지 2 = 이미지 1 + 그 레이어.</translation>
        </message>
        <message>
            <source>A fingerprint (sha256) of one layer's contents.</source>
            <translation>레이어 하나의 내용에 대한 지문(sha256)입니다.</translation>
        </message>
        <message>
            <source>A fingerprint of a layer together with every layer under it: two images with equal chain ids share that stored layer.</source>
            <translation>레이어와 그 아래 모든 레이어를 합친 지문입니다: 체인 ID가 같은 두 이미지는 그 저장된 레이어를 공유합니다.</translation>
        </message>
        <message>
            <source>The fingerprint a registry gives an image's manifest: name@sha256:… always means exactly the same layers.</source>
            <translation>레지스트리가 이미지의 매니페스트에 붙이는 지문입니다: 이름@sha256:…은 언제나 똑같은 레이어들을 뜻합니다.</translation>
        </message>
        <message>
            <source>What the history says of a layer made by docker import: a whole file system brought in at once ("-" means from standard input).</source>
            <translation>docker import로 만든 레이어에 대해 히스토리가 적는 말입니다: 파일 시스템 전체를 한 번에 가져왔다는 뜻입니다("-"는 표준 입력에서 왔다는 뜻).</translation>
        </message>
        <message>
            <source>An image without a name: an earlier build whose tag moved on, or a build step kept for the cache.</source>
            <translation>이름 없는 이미지입니다: 태그가 새 빌드로 옮겨 간 예전 빌드이거나, 캐시로 남겨 둔 빌드 단계입니다.</translation>
        </message>
        <message>
            <source>Describes several services that work together; each service becomes a container labelled with the project's name.</source>
            <translation>함께 일하는 여러 서비스를 적어 둡니다. 서비스마다 프로젝트 이름 라벨이 붙은 컨테이너가 하나씩 생깁니다.</translation>
        </message>
        <message>
            <source>A folder the daemon keeps outside every layer and mounts into containers: what is written there skips the container layer and stays after rm.</source>
            <translation>데몬이 모든 레이어 바깥에 두고 컨테이너에 마운트하는 폴더입니다. 여기에 쓴 내용은 컨테이너 레이어를 거치지 않고 rm 뒤에도 남습니다.</translation>
        </message>
        <message>
            <source>A program's two output streams: normal output and error messages. docker logs keeps both; the Logs tab colours them apart.</source>
            <translation>프로그램의 두 출력 흐름, 곧 보통 출력과 오류 메시지입니다. docker logs는 둘 다 보관하고, 로그 탭은 색으로 구분합니다.</translation>
        </message>
        <message>
            <source>The daemon's live measurements of a container: CPU % (100% = one core), memory without the file cache, network and disk bytes.</source>
            <translation>데몬이 컨테이너를 실시간으로 잰 값입니다: CPU %(100% = 코어 하나), 파일 캐시를 뺀 메모리, 네트워크와 디스크 바이트.</translation>
        </message>
        <message>
            <source>Removing everything of one kind that nothing uses: stopped containers, dangling images, unused volumes, build cache.</source>
            <translation>아무도 쓰지 않는 한 종류의 객체를 모두 지우는 일입니다: 정지된 컨테이너, 태그 없는 이미지, 쓰지 않는 볼륨, 빌드 캐시.</translation>
        </message>
        <message>
            <source>An image without a tag that no other image is built on, usually an older build whose tag moved to a newer one.</source>
            <translation>태그가 없고 다른 이미지의 바탕도 아닌 이미지입니다. 보통 태그가 새 빌드로 옮겨 간 예전 빌드입니다.</translation>
        </message>
        <message>
            <source>Disk space a prune would free: what no container or other image still needs.</source>
            <translation>정리로 비울 수 있는 디스크 공간입니다: 어떤 컨테이너나 다른 이미지도 더는 필요로 하지 않는 부분.</translation>
        </message>
        <message>
            <source>Glossary: Docker's words in plain words</source>
            <translation>용어집: 도커 용어를 쉬운 말로</translation>
        </message>
    </context>
    <context>
        <name>ImageList</name>
        <message>
            <source>Image</source>
            <translation>이미지</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>크기</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>생성</translation>
        </message>
    </context>
    <context>
        <name>LayerTableModel</name>
        <message>
            <source>Step</source>
            <translation>단계</translation>
        </message>
        <message>
            <source>Instruction</source>
            <translation>명령어</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>크기</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>레이어</translation>
        </message>
        <message>
            <source>Image so far</source>
            <translation>누적 이미지 크기</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>생성</translation>
        </message>
        <message>
            <source>Layer id (diff)</source>
            <translation>레이어 ID (diff)</translation>
        </message>
        <message>
            <source>Sizes are {measure}.</source>
            <translation>크기는 {measure}입니다.</translation>
        </message>
        <message>
            <source>none (metadata)</source>
            <translation>없음 (메타데이터)</translation>
        </message>
        <message>
            <source>shared ({count} images)</source>
            <translation>공유 (이미지 {count}개)</translation>
        </message>
        <message>
            <source>unique</source>
            <translation>고유</translation>
        </message>
        <message>
            <source>layer</source>
            <translation>레이어</translation>
        </message>
        <message>
            <source>0-byte, {kind}</source>
            <translation>0바이트, {kind}</translation>
        </message>
        <message>
            <source>{kind} (guess)</source>
            <translation>{kind} (추정)</translation>
        </message>
        <message>
            <source>Made by docker import: a whole file system brought in as one layer, not by a Dockerfile step ("-" means it came from standard input).</source>
            <translation>docker import로 만든 레이어입니다: Dockerfile 단계가 아니라 파일 시스템 전체를 레이어 하나로 가져왔습니다("-"는 표준 입력에서 왔다는 뜻).</translation>
        </message>
        <message>
            <source>{bytes} bytes ({measure})</source>
            <translation>{bytes}바이트 ({measure})</translation>
        </message>
        <message>
            <source>Stored once for {count} images: removing this one alone frees none of it.</source>
            <translation>이미지 {count}개가 한 번만 저장해 공유합니다. 이 이미지만 삭제해서는 공간이 전혀 확보되지 않습니다.</translation>
        </message>
        <message>
            <source>diff id {diff} (this layer's content)
chain id {chain} (this layer together with every layer under it: equal chain ids mean the very same stored layer)</source>
            <translation>diff ID {diff} (이 레이어의 내용)
체인 ID {chain} (이 레이어와 그 아래 모든 레이어: 체인 ID가 같으면 완전히 같은 저장된 레이어)</translation>
        </message>
    </context>
    <context>
        <name>LayersChart</name>
        <message>
            <source>layer only this image uses</source>
            <extracomment>One colour per kind of step, shared by the chart, the table, the stack and the comparison. What each colour means (rendered in the current language where shown).</extracomment>
            <translation>이 이미지만 쓰는 레이어</translation>
        </message>
        <message>
            <source>layer shared with other images (stored once)</source>
            <translation>다른 이미지와 공유하는 레이어(한 번만 저장됨)</translation>
        </message>
        <message>
            <source>layer (sharing not known yet)</source>
            <translation>레이어(공유 여부를 아직 모름)</translation>
        </message>
        <message>
            <source>metadata step: no layer</source>
            <translation>메타데이터 단계: 레이어 없음</translation>
        </message>
        <message>
            <source>image size so far</source>
            <translation>지금까지의 이미지 크기</translation>
        </message>
        <message>
            <source>build step, oldest → newest</source>
            <translation>빌드 단계, 오래된 것 → 최신</translation>
        </message>
        <message>
            <source>Select an image in the list on the left to see its layers.</source>
            <translation>레이어를 보려면 왼쪽 목록에서 이미지를 선택하십시오.</translation>
        </message>
        <message>
            <source>{measure}, log scale</source>
            <translation>{measure}, 로그 눈금</translation>
        </message>
        <message>
            <source>{size} shared</source>
            <translation>{size} 공유</translation>
        </message>
        <message>
            <source>{size} only here</source>
            <translation>{size} 이 이미지에만 있음</translation>
        </message>
        <message>
            <source>shared size unknown (some layer sizes could not be matched)</source>
            <translation>공유 크기 알 수 없음(일부 레이어 크기를 맞추지 못함)</translation>
        </message>
        <message>
            <source>(still reading the other images)</source>
            <translation>(다른 이미지를 아직 읽는 중)</translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>단계 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n layer(s)</source>
            <translation>
                <numerusform>레이어 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n metadata step(s)</source>
            <translation>
                <numerusform>메타데이터 단계 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>B1–B{last}: the base image {base} (the build log's Step 1, FROM); 2–{top}: this image's own steps, numbered as the build log numbers them.</source>
            <translation>B1–B{last}: 기본 이미지 {base}(빌드 로그의 Step 1, FROM)의 단계입니다. 2–{top}: 이 이미지 자신의 단계로, 빌드 로그와 같은 번호입니다.</translation>
        </message>
        <message>
            <source>0-byte layer</source>
            <translation>0바이트 레이어</translation>
        </message>
        <message>
            <source>Layers of {name}</source>
            <translation>{name}의 레이어</translation>
        </message>
        <message>
            <source>Image layers</source>
            <translation>이미지 레이어</translation>
        </message>
        <message>
            <source>Sizes: {measure}.</source>
            <translation>크기: {measure}.</translation>
        </message>
    </context>
    <context>
        <name>LayersModel</name>
        <message>
            <source>step {index} ({instruction})</source>
            <translation>{index}단계 ({instruction})</translation>
        </message>
        <message>
            <source>The image has {layers} layers; {certain} steps certainly made one, and history alone cannot tell which {needed} of these {unknown} zero-byte steps made the others: {steps}. Sizes are per step; layer ids could not be matched.</source>
            <translation>이미지의 레이어는 {layers}개입니다. {certain}개 단계는 확실히 레이어를 만들었지만, 나머지 레이어를 만든 것이 다음 0바이트 단계 {unknown}개 중 어느 {needed}개인지는 히스토리만으로 알 수 없습니다: {steps}. 크기는 단계별 값이며, 레이어 ID는 대응시키지 못했습니다.</translation>
        </message>
        <message>
            <source>The image config marks {guessed} steps as layers but the image has {layers} layers; sizes are per step, layer ids could not be matched.</source>
            <translation>이미지 설정에는 {guessed}개 단계가 레이어로 표시되어 있지만 이미지의 레이어는 {layers}개입니다. 크기는 단계별 값이며, 레이어 ID는 대응시키지 못했습니다.</translation>
        </message>
        <message>
            <source>History shows {guessed} layer steps but the image has {layers} layers; sizes are per step, layer ids could not be matched.</source>
            <translation>히스토리에는 레이어 단계가 {guessed}개이지만 이미지의 레이어는 {layers}개입니다. 크기는 단계별 값이며, 레이어 ID는 대응시키지 못했습니다.</translation>
        </message>
    </context>
    <context>
        <name>LayersView</name>
        <message>
            <source>Image steps</source>
            <translation>이미지 단계</translation>
        </message>
        <message>
            <source>Container on its image</source>
            <translation>이미지 위의 컨테이너</translation>
        </message>
        <message>
            <source>Compare two images</source>
            <translation>이미지 두 개 비교</translation>
        </message>
        <message>
            <source>Files in the layers</source>
            <translation>레이어 안의 파일</translation>
        </message>
        <message>
            <source>Log scale</source>
            <translation>로그 눈금</translation>
        </message>
        <message>
            <source>Logarithmic size axis: small steps stay visible next to a big base layer.</source>
            <translation>크기 축을 로그 눈금으로 표시합니다. 큰 베이스 레이어 옆에서도 작은 단계가 보입니다.</translation>
        </message>
        <message>
            <source>Export chart…</source>
            <translation>차트 내보내기…</translation>
        </message>
        <message>
            <source>Save the chart as a PNG image or an SVG drawing.</source>
            <translation>차트를 PNG 이미지나 SVG 도면으로 저장합니다.</translation>
        </message>
        <message>
            <source>Export table…</source>
            <translation>표 내보내기…</translation>
        </message>
        <message>
            <source>Save the layer table as JSON or CSV (the numbers the chart shows).</source>
            <translation>레이어 표(차트에 나오는 수치)를 JSON이나 CSV로 저장합니다.</translation>
        </message>
        <message>
            <source>Reading the layers of &lt;b&gt;{name}&lt;/b&gt;…</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;의 레이어를 읽는 중…</translation>
        </message>
        <message numerus="yes">
            <source>Layers of all %n image(s) read</source>
            <translation>
                <numerusform>이미지 %n개의 레이어를 모두 읽었습니다</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reading layers for sharing: {loaded} of %n image(s)…</source>
            <translation>
                <numerusform>공유를 확인하려고 레이어를 읽는 중: 이미지 %n개 중 {loaded}개…</numerusform>
            </translation>
        </message>
        <message>
            <source>The image {name} was removed.</source>
            <translation>{name} 이미지가 삭제되었습니다.</translation>
        </message>
        <message>
            <source>Export layer chart</source>
            <translation>레이어 차트 내보내기</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>PNG 이미지 (*.png);;SVG 도면 (*.svg)</translation>
        </message>
        <message>
            <source>Could not export the chart: {error}. Choose another file or folder.</source>
            <translation>차트를 내보내지 못했습니다: {error}. 다른 파일이나 폴더를 선택하십시오.</translation>
        </message>
        <message>
            <source>Exported the chart to {path}.</source>
            <translation>차트를 {path}에 내보냈습니다.</translation>
        </message>
        <message>
            <source>Export layer table</source>
            <translation>레이어 표 내보내기</translation>
        </message>
        <message>
            <source>CSV table (*.csv);;JSON (*.json)</source>
            <translation>CSV 표 (*.csv);;JSON (*.json)</translation>
        </message>
        <message>
            <source>Could not export the table: {error}. Choose another file or folder.</source>
            <translation>표를 내보내지 못했습니다: {error}. 다른 파일이나 폴더를 선택하십시오.</translation>
        </message>
        <message>
            <source>Exported the layer table to {path}.</source>
            <translation>레이어 표를 {path}에 내보냈습니다.</translation>
        </message>
    </context>
    <context>
        <name>LayersViewModel</name>
        <message>
            <source>bytes added by the step (uncompressed, as the daemon reports)</source>
            <translation>단계가 추가한 바이트 (압축 전, 데몬이 보고하는 값)</translation>
        </message>
        <message>
            <source>Step {number} of {count} · {kind}</source>
            <extracomment>The columns of :func:`rows_as_csv`, in order: exactly the keys of ``desktop.layers.to_rows``.</extracomment>
            <translation>{count}개 단계 중 {number}단계 · {kind}</translation>
        </message>
        <message>
            <source>Step {number} of the base image {base} · {kind}</source>
            <translation>기본 이미지 {base}의 {number}단계 · {kind}</translation>
        </message>
        <message>
            <source>Adds {size} ({bytes} bytes) · image so far {total}</source>
            <translation>{size} 추가 ({bytes}바이트) · 누적 이미지 크기 {total}</translation>
        </message>
        <message>
            <source>Metadata only: changes the image's config, adds no layer (0 B)</source>
            <translation>메타데이터만 바꿉니다: 이미지 설정을 바꾸며 레이어를 추가하지 않습니다 (0 B)</translation>
        </message>
        <message>
            <source>Created {time}</source>
            <translation>생성 시각 {time}</translation>
        </message>
        <message>
            <source>Layer: diff {diff} · chain {chain}</source>
            <translation>레이어: diff {diff} · 체인 {chain}</translation>
        </message>
        <message>
            <source>the steps could not be matched onto the layers.</source>
            <translation>단계를 레이어에 대응시키지 못했습니다.</translation>
        </message>
        <message>
            <source>Layer id unknown: {reason}</source>
            <translation>레이어 ID를 알 수 없습니다: {reason}</translation>
        </message>
        <message>
            <source>{names} and {count} more</source>
            <translation>{names} 외 {count}개</translation>
        </message>
        <message numerus="yes">
            <source>Shared with %n other image(s): {images}</source>
            <translation>
                <numerusform>다른 이미지 %n개와 공유: {images}</numerusform>
            </translation>
        </message>
        <message>
            <source>Unique: no other image uses this layer</source>
            <translation>고유: 이 레이어를 쓰는 다른 이미지가 없습니다</translation>
        </message>
        <message>
            <source>Unique: no other image uses this layer (so far)</source>
            <translation>고유: 이 레이어를 쓰는 다른 이미지가 (아직까지는) 없습니다</translation>
        </message>
        <message>
            <source>Sharing not known yet</source>
            <translation>공유 여부를 아직 알 수 없습니다</translation>
        </message>
        <message>
            <source>Comment: {comment}</source>
            <translation>설명: {comment}</translation>
        </message>
        <message>
            <source>History id {id}</source>
            <translation>히스토리 ID {id}</translation>
        </message>
        <message>
            <source>Could not read the layers: {error}.</source>
            <translation>레이어를 읽지 못했습니다: {error}.</translation>
        </message>
        <message>
            <source>Please report this with the image's `{command}`.</source>
            <translation>이미지의 `{command}` 출력과 함께 이 문제를 알려 주십시오.</translation>
        </message>
        <message>
            <source>The layers of {name} could not be read: the image is gone. Pick another image in the list.</source>
            <translation>{name}의 레이어를 읽지 못했습니다: 이미지가 없어졌습니다. 목록에서 다른 이미지를 고르십시오.</translation>
        </message>
        <message>
            <source>The layers of {name} could not be read. {reason}</source>
            <translation>{name}의 레이어를 읽지 못했습니다. {reason}</translation>
        </message>
    </context>
    <context>
        <name>Lesson</name>
        <message>
            <source>Images come first</source>
            <extracomment>The container's own program: a heartbeat, so that pause (frozen) and stop (gone) can be seen. The lecture's seven-step Dockerfile, with the base image made here and commands that need no network.</extracomment>
            <translation>모든 것은 이미지에서 시작합니다</translation>
        </message>
        <message>
            <source>Every container starts from an image. Images usually come from a registry such as Docker Hub; this lesson makes its own small one here, from a folder of files, so no network is needed.</source>
            <translation>모든 컨테이너는 이미지에서 만들어집니다. 이미지는 보통 도커 허브 같은 레지스트리에서 받아 오지만, 이 수업은 파일 폴더로 작은 이미지를 여기서 직접 만들기 때문에 네트워크가 필요 없습니다.</translation>
        </message>
        <message>
            <source>The Image node now counts {image}; the image list shows it.</source>
            <translation>이미지 노드가 이제 {image}을(를) 셉니다. 이미지 목록에도 보입니다.</translation>
        </message>
        <message>
            <source>A Dockerfile describes an image</source>
            <translation>Dockerfile은 이미지를 글로 적은 것입니다</translation>
        </message>
        <message>
            <source>A Dockerfile lists the steps that make an image: start FROM an image, RUN commands, COPY files in, set the command. docker build runs them in order, and each step leaves a layer or a setting.</source>
            <translation>Dockerfile에는 이미지를 만드는 단계가 적혀 있습니다: 어떤 이미지에서 시작하고(FROM), 명령을 실행하고(RUN), 파일을 넣고(COPY), 실행할 명령을 정합니다. docker build 명령이 이 단계를 차례로 실행해 빌드하고, 단계마다 레이어 하나 또는 설정 하나가 남습니다.</translation>
        </message>
        <message>
            <source>The Build panel shows the seven steps; the Layers tab shows {image}.</source>
            <translation>빌드 패널에 일곱 단계가 보이고, 레이어 탭에 {image}이(가) 보입니다.</translation>
        </message>
        <message>
            <source>create: a container that does not run yet</source>
            <translation>create: 아직 실행되지 않은 컨테이너</translation>
        </message>
        <message>
            <source>docker create makes a container from the image: its own writable layer and its settings. No program runs yet. A created container has never run; it is not a stopped one.</source>
            <translation>docker create는 이미지로 컨테이너를 만듭니다: 자기만의 쓰기 가능한 레이어와 설정이 생깁니다. 프로그램은 아직 실행되지 않습니다. 생성된 컨테이너는 한 번도 실행된 적이 없는 것이지, 멈춘 컨테이너가 아닙니다.</translation>
        </message>
        <message>
            <source>{name} sits on the Created node.</source>
            <translation>{name}이(가) Created(생성됨) 노드에 있습니다.</translation>
        </message>
        <message>
            <source>start: its program runs</source>
            <translation>start: 프로그램이 실행됩니다</translation>
        </message>
        <message>
            <source>docker start runs the container's program. This one prints a heartbeat every second.</source>
            <translation>docker start는 컨테이너의 프로그램을 실행합니다. 이 컨테이너는 1초마다 심장 박동을 출력합니다.</translation>
        </message>
        <message>
            <source>{name} moved to Running; its heartbeat ticks below.</source>
            <translation>{name}이(가) Running(실행 중)으로 옮겨 갔습니다. 아래에서 심장 박동이 뜁니다.</translation>
        </message>
        <message>
            <source>run = create + start</source>
            <translation>run = create + start</translation>
        </message>
        <message>
            <source>docker run does both at once: it creates a container and starts it, in one command.</source>
            <translation>docker run은 두 가지를 한 번에 합니다: 명령 하나로 컨테이너를 만들고 실행합니다.</translation>
        </message>
        <message>
            <source>{name} went straight to Running along the run arrow.</source>
            <translation>{name}이(가) run 화살표를 따라 곧장 Running(실행 중)으로 갔습니다.</translation>
        </message>
        <message>
            <source>stop: the container halts</source>
            <translation>stop: 컨테이너 자체가 멈춥니다</translation>
        </message>
        <message>
            <source>docker stop asks the program to end (SIGTERM), and kills it if it does not within the timeout. The container remains, with its files; only its processes are gone.</source>
            <translation>docker stop은 프로그램에 끝내라고 요청하고(SIGTERM), 제한 시간 안에 끝나지 않으면 강제로 죽입니다. 컨테이너와 그 파일은 남고, 프로세스만 사라집니다.</translation>
        </message>
        <message>
            <source>{name} is on the Exited node; {code}</source>
            <translation>{name}이(가) Exited(종료됨) 노드에 있습니다. {code}</translation>
        </message>
        <message>
            <source>start again</source>
            <translation>다시 start</translation>
        </message>
        <message>
            <source>A stopped container can be started again: the same container, with the files it had.</source>
            <translation>멈춘 컨테이너는 다시 실행할 수 있습니다: 같은 컨테이너가 가지고 있던 파일 그대로 실행됩니다.</translation>
        </message>
        <message>
            <source>{name} is Running again.</source>
            <translation>{name}이(가) 다시 Running(실행 중)입니다.</translation>
        </message>
        <message>
            <source>pause: the processes freeze</source>
            <translation>pause: 프로세스가 얼어붙습니다</translation>
        </message>
        <message>
            <source>docker pause freezes the container's processes where they are: they still exist but get no CPU time. Compare stop, which ends them.</source>
            <translation>docker pause는 컨테이너 안의 프로세스를 그 자리에서 얼립니다: 프로세스는 그대로 있지만 CPU 시간을 받지 못합니다. 프로세스를 끝내는 stop과 비교해 보십시오.</translation>
        </message>
        <message>
            <source>{name} is Paused: its heartbeat stopped ticking, yet its processes are listed.</source>
            <translation>{name}이(가) Paused(일시 정지)입니다: 심장 박동은 멈췄지만 프로세스 목록에는 그대로 있습니다.</translation>
        </message>
        <message>
            <source>unpause: they go on</source>
            <translation>unpause: 하던 일을 이어 갑니다</translation>
        </message>
        <message>
            <source>docker unpause lets the frozen processes go on from where they were; nothing was restarted.</source>
            <translation>docker unpause는 얼어 있던 프로세스가 멈춘 자리에서 이어 가게 합니다. 다시 시작된 것은 없습니다.</translation>
        </message>
        <message>
            <source>{name} is Running; the heartbeat ticks again.</source>
            <translation>{name}이(가) Running(실행 중)이고, 심장 박동이 다시 뜁니다.</translation>
        </message>
        <message>
            <source>The container writes to its own layer</source>
            <translation>컨테이너는 자기 레이어에 씁니다</translation>
        </message>
        <message>
            <source>The image's layers are read-only. What a container changes goes into its own thin writable layer on top: here a command writes a file inside {name}.</source>
            <translation>이미지 레이어는 읽기 전용입니다. 컨테이너가 바꾼 것은 맨 위에 있는 자기만의 얇은 쓰기 가능한 레이어(컨테이너 레이어)에 기록됩니다: 여기서는 명령 하나가 {name} 안에 파일을 씁니다.</translation>
        </message>
        <message>
            <source>docker diff lists {file}; the container layer grew to {size}.</source>
            <translation>docker diff에 {file}이(가) 나오고, 컨테이너 레이어가 {size}로 커졌습니다.</translation>
        </message>
        <message>
            <source>commit: the container layer becomes an image layer</source>
            <translation>commit: 컨테이너 레이어가 이미지 레이어가 됩니다</translation>
        </message>
        <message>
            <source>docker commit copies the container's writable layer into a new read-only layer on top of the image: image 2 = image 1 + layer D.</source>
            <translation>docker commit 명령(커밋)은 컨테이너의 쓰기 가능한 레이어를 이미지 위에 새 읽기 전용 레이어로 복사합니다: 이미지 2 = 이미지 1 + 레이어 D.</translation>
        </message>
        <message>
            <source>{image} has {layers} layers, one more than {base}: the file is in the new top layer.</source>
            <translation>{image}은(는) 레이어가 {layers}개로 {base}보다 하나 많습니다: 그 파일이 새 맨 위 레이어에 들어 있습니다.</translation>
        </message>
        <message>
            <source>rm: the container layer goes, the image layers stay</source>
            <translation>rm: 컨테이너 레이어는 사라지고 이미지 레이어는 남습니다</translation>
        </message>
        <message>
            <source>docker rm removes the container and its writable layer with it. The image layers it stood on are untouched: other containers and images still use them.</source>
            <translation>docker rm은 컨테이너와 함께 그 쓰기 가능한 레이어를 지웁니다. 컨테이너가 딛고 있던 이미지 레이어는 그대로입니다: 다른 컨테이너와 이미지가 여전히 씁니다.</translation>
        </message>
        <message>
            <source>{name} is gone; {image} and {image2} are still here, layer for layer.</source>
            <translation>{name}은(는) 사라졌고, {image}와 {image2}는 레이어 하나하나 그대로 남아 있습니다.</translation>
        </message>
        <message>
            <source>Build again: every step from the cache</source>
            <translation>다시 빌드: 모든 단계를 캐시에서</translation>
        </message>
        <message>
            <source>Building the same Dockerfile with the same files again runs nothing: the builder finds each step already made and reuses it (Using cache). That is build's advantage over commit: it can be repeated.</source>
            <translation>같은 파일로 같은 Dockerfile을 다시 빌드하면 아무것도 실행되지 않습니다: 빌더가 이미 만든 단계를 찾아 다시 씁니다(Using cache). 이것이 커밋에 비해 빌드가 가진 장점입니다: 똑같이 되풀이할 수 있습니다.</translation>
        </message>
        <message>
            <source>All {steps} steps came from the cache; the image is the same one.</source>
            <translation>{steps}개 단계 모두 캐시에서 가져왔고, 이미지도 같은 것입니다.</translation>
        </message>
        <message>
            <source>Change a source file: the cache breaks there</source>
            <translation>소스 파일을 바꾸면: 그 단계에서 캐시가 깨집니다</translation>
        </message>
        <message>
            <source>Now one source file changes ({file}). The steps before the COPY that takes it are still reused; from that step on, every step runs again.</source>
            <translation>이제 소스 파일 하나({file})를 바꿉니다. 그 파일을 복사하는 COPY 앞의 단계는 그대로 재사용되고, 그 단계부터는 모든 단계가 다시 실행됩니다.</translation>
        </message>
        <message>
            <source>Steps 1–{cached} came from the cache, {first}–{steps} ran: the banner names the step.</source>
            <translation>1–{cached}단계는 캐시에서 가져왔고 {first}–{steps}단계는 실행되었습니다: 배너가 그 단계를 알려 줍니다.</translation>
        </message>
        <message>
            <source>Compose: services start together</source>
            <translation>컴포즈: 서비스가 함께 시작합니다</translation>
        </message>
        <message>
            <source>Compose describes several services that work together. It makes one container per service, labelled with the project's name, and starts them as a group.</source>
            <translation>도커 컴포즈는 함께 일하는 여러 서비스를 적어 둡니다. 서비스마다 컨테이너를 하나씩 만들어 프로젝트 이름을 라벨로 붙이고, 한 묶음으로 시작합니다.</translation>
        </message>
        <message>
            <source>The container list groups {names} under the project {project}.</source>
            <translation>컨테이너 목록이 {names}을(를) 프로젝트 {project} 아래에 묶어 보여 줍니다.</translation>
        </message>
        <message>
            <source>…and stop together</source>
            <translation>…그리고 함께 멈춥니다</translation>
        </message>
        <message>
            <source>Stopping the project stops all of its services at once. That is the end of the lesson: Reset removes everything it made, and nothing else.</source>
            <translation>프로젝트를 멈추면 모든 서비스가 한꺼번에 멈춥니다. 수업은 여기까지입니다: 초기화하면 수업이 만든 것만 모두 지웁니다.</translation>
        </message>
        <message>
            <source>Both services of {project} are on the Exited node.</source>
            <translation>{project}의 두 서비스가 모두 Exited(종료됨) 노드에 있습니다.</translation>
        </message>
        <message>
            <source>Remove {name}?</source>
            <extracomment>Keys that mean "next" and "previous" on presentation clickers and keyboards.</extracomment>
            <translation>{name}을(를) 지울까요?</translation>
        </message>
        <message>
            <source>Remove the container {name} and its writable layer?</source>
            <translation>컨테이너 {name}과(와) 그 쓰기 가능한 레이어를 지울까요?</translation>
        </message>
        <message>
            <source>Only the lesson's container goes; the images stay.</source>
            <translation>수업의 컨테이너만 지워지고 이미지는 남습니다.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>지우기</translation>
        </message>
        <message>
            <source>step {progress} · {done} confirmed</source>
            <translation>{progress} 단계 · {done}개 확인됨</translation>
        </message>
        <message>
            <source>Removing what the lesson made…</source>
            <translation>수업이 만든 것을 지우는 중…</translation>
        </message>
        <message>
            <source>Confirmed by the daemon: {detail}</source>
            <translation>데몬이 확인했습니다: {detail}</translation>
        </message>
        <message>
            <source>(Do it tries again.)</source>
            <translation>(실행하면 다시 시도합니다.)</translation>
        </message>
        <message>
            <source>Sent to the daemon; waiting for it to show the result.</source>
            <translation>데몬에 보냈습니다. 결과가 보이기를 기다리는 중입니다.</translation>
        </message>
        <message>
            <source>Do it (PageDown or Enter), click the arrow in the graph, or type the command in a terminal: the lesson goes on when the daemon shows it.</source>
            <translation>실행(PageDown 또는 Enter)하거나, 그래프의 화살표를 누르거나, 터미널에 명령을 입력하십시오: 데몬에 결과가 보이면 수업이 이어집니다.</translation>
        </message>
        <message>
            <source>◀ &amp;Previous</source>
            <translation>◀ 이전(&amp;P)</translation>
        </message>
        <message>
            <source>PageUp, Backspace or ←</source>
            <translation>PageUp, Backspace 또는 ←</translation>
        </message>
        <message>
            <source>&amp;Do it</source>
            <translation>실행(&amp;D)</translation>
        </message>
        <message>
            <source>Enter, or PageDown when the step is not done yet</source>
            <translation>Enter, 또는 단계가 아직 끝나지 않았을 때 PageDown</translation>
        </message>
        <message>
            <source>&amp;Next ▶</source>
            <translation>다음(&amp;N) ▶</translation>
        </message>
        <message>
            <source>PageDown, Space or → once the step is confirmed</source>
            <translation>단계가 확인된 뒤 PageDown, Space 또는 →</translation>
        </message>
        <message>
            <source>Stop playing</source>
            <translation>자동 진행 멈춤</translation>
        </message>
        <message>
            <source>P&amp;lay all</source>
            <translation>모두 자동 진행(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Reset lesson…</source>
            <translation>수업 초기화(&amp;R)…</translation>
        </message>
        <message>
            <source>Remove every container and image the lesson made (they carry its label), and nothing else</source>
            <translation>수업이 만든 컨테이너와 이미지(수업 라벨이 붙은 것)를 모두 지우고, 다른 것은 건드리지 않습니다</translation>
        </message>
        <message>
            <source>Lesson &amp;only</source>
            <translation>수업 것만(&amp;O)</translation>
        </message>
        <message>
            <source>Hide every other container and image from the lists and the graph's counts while the lesson runs</source>
            <translation>수업하는 동안 다른 컨테이너와 이미지를 목록과 그래프의 개수에서 숨깁니다</translation>
        </message>
        <message>
            <source>⏸ {name}: frozen (paused), no new heartbeat</source>
            <translation>⏸ {name}: 얼어 있음(일시 정지), 새 심장 박동 없음</translation>
        </message>
        <message>
            <source>♥ {name} says: {line}</source>
            <translation>♥ {name}의 출력: {line}</translation>
        </message>
        <message>
            <source>♥ {name} is running</source>
            <translation>♥ {name} 실행 중</translation>
        </message>
        <message>
            <source>○ {name}: no process, no heartbeat</source>
            <translation>○ {name}: 프로세스 없음, 심장 박동 없음</translation>
        </message>
        <message>
            <source>Reset the lesson?</source>
            <translation>수업을 초기화할까요?</translation>
        </message>
        <message>
            <source>Remove the lesson's {containers} containers and {images} images? Only objects with the lesson's label are removed.</source>
            <translation>수업의 컨테이너 {containers}개와 이미지 {images}개를 지울까요? 수업 라벨이 붙은 것만 지웁니다.</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>수업</translation>
        </message>
        <message>
            <source>There is no container {name} yet: do the earlier steps first (Previous).</source>
            <extracomment>A step not confirmed within this long after "Do it" has failed (seconds). How often a question for the daemon (diff, layers) is asked again while a step waits (ms).</extracomment>
            <translation>아직 {name} 컨테이너가 없습니다: 앞 단계를 먼저 하십시오(이전).</translation>
        </message>
        <message>
            <source>The lesson makes its base image from busybox, and there is none here: install the busybox-static package (Debian, Ubuntu) or put a busybox image on the daemon, then try again.</source>
            <translation>수업은 busybox로 기본 이미지를 만드는데, 여기에는 busybox가 없습니다: busybox-static 패키지(Debian, Ubuntu)를 설치하거나 데몬에 busybox 이미지를 넣은 뒤 다시 시도하십시오.</translation>
        </message>
        <message>
            <source>Make the lesson's base image {image}</source>
            <translation>수업의 기본 이미지 {image} 만들기</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>완료.</translation>
        </message>
        <message>
            <source>The base image {image} is missing: do step 1 first.</source>
            <translation>기본 이미지 {image}이(가) 없습니다: 1단계를 먼저 하십시오.</translation>
        </message>
        <message>
            <source>A build is running already: wait for it to end.</source>
            <translation>이미 빌드가 진행 중입니다: 끝날 때까지 기다리십시오.</translation>
        </message>
        <message>
            <source>Write a file in {name}</source>
            <translation>{name} 안에 파일 쓰기</translation>
        </message>
        <message>
            <source>The command in the container failed (exit code {code}): {output}</source>
            <translation>컨테이너 안의 명령이 실패했습니다(종료 코드 {code}): {output}</translation>
        </message>
        <message>
            <source>Removing is switched off (the classroom lock, or Settings): this step can only be watched. Remove {name} from a terminal to go on.</source>
            <translation>삭제가 꺼져 있습니다(교실 잠금 또는 설정): 이 단계는 지켜보기만 할 수 있습니다. 계속하려면 터미널에서 {name}을(를) 지우십시오.</translation>
        </message>
        <message>
            <source>Not removed: you chose Cancel.</source>
            <translation>지우지 않았습니다: 취소를 골랐습니다.</translation>
        </message>
        <message>
            <source>The daemon has not shown the result after {seconds} s: check the activity log, then try again.</source>
            <translation>{seconds}초가 지나도 데몬에 결과가 보이지 않습니다: 활동 기록을 확인한 뒤 다시 시도하십시오.</translation>
        </message>
        <message>
            <source>{ran} steps ran instead of coming from the cache: the context changed since the first build. Do it again: the next build is all from the cache.</source>
            <translation>{ran}개 단계가 캐시에서 오지 않고 실행되었습니다: 처음 빌드한 뒤 컨텍스트가 바뀌었습니다. 다시 실행하십시오: 다음 빌드는 모두 캐시에서 옵니다.</translation>
        </message>
        <message>
            <source>Every step came from the cache: the file did not change.</source>
            <translation>모든 단계가 캐시에서 왔습니다: 파일이 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <source>Reset the lesson</source>
            <translation>수업 초기화</translation>
        </message>
        <message>
            <source>Removed {containers} containers and {images} images of the lesson; nothing else.</source>
            <translation>수업의 컨테이너 {containers}개와 이미지 {images}개를 지웠고, 다른 것은 건드리지 않았습니다.</translation>
        </message>
    </context>
    <context>
        <name>LifecycleModel</name>
        <message>
            <source>Image</source>
            <translation>이미지</translation>
        </message>
        <message>
            <source>Registry</source>
            <translation>레지스트리</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>생성됨</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>실행 중</translation>
        </message>
        <message>
            <source>Paused (frozen)</source>
            <translation>일시 정지됨 (동결)</translation>
        </message>
        <message>
            <source>Restarting</source>
            <translation>재시작 중</translation>
        </message>
        <message>
            <source>Exited (stopped)</source>
            <translation>종료됨 (정지됨)</translation>
        </message>
        <message>
            <source>Dead</source>
            <translation>죽음</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>삭제됨</translation>
        </message>
        <message>
            <source>A read-only stack of layers plus settings: the template every container is made from.</source>
            <translation>읽기 전용 레이어를 쌓은 것과 설정입니다. 모든 컨테이너는 이 틀로 만듭니다.</translation>
        </message>
        <message>
            <source>A server that stores images to share them (Docker Hub, or one you run): pull copies an image's layers to this machine, push sends them there; layers either side already has are not sent again.</source>
            <translation>이미지를 보관해 나누는 서버입니다(도커 허브, 또는 직접 운영하는 것). pull은 이미지의 레이어를 이 컴퓨터로 복사하고 push는 그곳으로 보냅니다. 어느 쪽이든 이미 가진 레이어는 다시 보내지 않습니다.</translation>
        </message>
        <message>
            <source>A container made from an image, with its own writable layer; its process has not started yet.</source>
            <translation>이미지로 만든 컨테이너로, 자신만의 쓰기 가능한 컨테이너 레이어가 있습니다. 프로세스는 아직 시작되지 않았습니다.</translation>
        </message>
        <message>
            <source>The container's main process is running; when it ends, the container stops.</source>
            <translation>컨테이너의 주 프로세스가 실행 중입니다. 이 프로세스가 끝나면 컨테이너도 정지합니다.</translation>
        </message>
        <message>
            <source>Every process is frozen (the kernel's cgroup freezer stops scheduling them): memory is kept, but no CPU time is given.</source>
            <translation>모든 프로세스가 얼어 있습니다(커널의 cgroup 동결 기능이 실행 순서에서 뺍니다): 메모리는 유지되지만 CPU 시간은 주어지지 않습니다.</translation>
        </message>
        <message>
            <source>The main process ended and the restart policy is about to start it again.</source>
            <translation>주 프로세스가 끝났고, 재시작 정책이 곧 다시 시작합니다.</translation>
        </message>
        <message>
            <source>The main process has ended; the container's files and settings remain, so it can start again.</source>
            <translation>주 프로세스가 끝났습니다. 컨테이너의 파일과 설정은 남아 있으므로 다시 시작할 수 있습니다.</translation>
        </message>
        <message>
            <source>The daemon failed part way through stopping or removing it; all it can do now is be removed.</source>
            <translation>데몬이 정지나 삭제 도중에 실패했습니다. 이제는 삭제하는 것만 할 수 있습니다.</translation>
        </message>
        <message>
            <source>The container is gone, writable layer and all; only the image it came from remains.</source>
            <translation>컨테이너가 쓰기 가능한 컨테이너 레이어까지 모두 사라졌습니다. 원래의 이미지만 남아 있습니다.</translation>
        </message>
        <message>
            <source>pull</source>
            <extracomment>The Docker ``State.Status`` strings, and where each puts a container in the graph. The real container states (everything but the graph's image start and removed end). Operations that act on an image rather than on a container.</extracomment>
            <translation>pull</translation>
        </message>
        <message>
            <source>Pull</source>
            <translation>풀</translation>
        </message>
        <message>
            <source>Downloads an image's layers from a registry, or refreshes a tag to its newest version; layers already on this machine are not fetched again.</source>
            <translation>레지스트리에서 이미지의 레이어를 내려받거나 태그를 최신 버전으로 갱신합니다. 이 컴퓨터에 이미 있는 레이어는 다시 받지 않습니다.</translation>
        </message>
        <message>
            <source>push</source>
            <translation>push</translation>
        </message>
        <message>
            <source>Push</source>
            <translation>푸시</translation>
        </message>
        <message>
            <source>Uploads an image's layers to the registry its name points to (tag it host:port/name:tag first); layers the registry already has are not sent again.</source>
            <translation>이미지의 레이어를 이름이 가리키는 레지스트리에 올립니다(먼저 호스트:포트/이름:태그 형태로 태그를 붙이세요). 레지스트리에 이미 있는 레이어는 다시 보내지 않습니다.</translation>
        </message>
        <message>
            <source>create</source>
            <translation>create</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>생성</translation>
        </message>
        <message>
            <source>Makes a container from an image: a thin writable layer on top of the image's read-only layers, plus its settings. No process starts yet.</source>
            <translation>이미지로 컨테이너를 만듭니다. 이미지의 읽기 전용 레이어 위에 얇은 쓰기 가능한 컨테이너 레이어를 얹고 설정을 더합니다. 프로세스는 아직 시작하지 않습니다.</translation>
        </message>
        <message>
            <source>run</source>
            <translation>run</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>실행</translation>
        </message>
        <message>
            <source>Create and start in one step: docker run is docker create followed by docker start.</source>
            <translation>생성과 시작을 한 단계로 합니다. docker run은 docker create 다음에 docker start를 하는 것과 같습니다.</translation>
        </message>
        <message>
            <source>start</source>
            <translation>start</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>시작</translation>
        </message>
        <message>
            <source>Starts the container's main process again on the same writable layer, so files it changed before are still there.</source>
            <translation>같은 쓰기 가능한 컨테이너 레이어 위에서 주 프로세스를 다시 시작하므로, 전에 바꾼 파일이 그대로 남아 있습니다.</translation>
        </message>
        <message>
            <source>stop</source>
            <translation>stop</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>정지</translation>
        </message>
        <message>
            <source>Asks the main process to end with SIGTERM (or the image's STOPSIGNAL) and sends SIGKILL if it is still running after the timeout, 10 seconds by default.</source>
            <translation>주 프로세스에 SIGTERM(또는 이미지에 지정된 STOPSIGNAL)을 보내 종료를 요청하고, 제한 시간(기본 10초)이 지나도 실행 중이면 SIGKILL을 보냅니다.</translation>
        </message>
        <message>
            <source>kill</source>
            <translation>kill</translation>
        </message>
        <message>
            <source>Kill</source>
            <translation>강제 종료</translation>
        </message>
        <message>
            <source>Sends SIGKILL at once: the process gets no chance to finish its work or clean up. The container's files are kept.</source>
            <translation>즉시 SIGKILL을 보냅니다. 프로세스는 작업을 마치거나 정리할 기회를 얻지 못합니다. 컨테이너의 파일은 유지됩니다.</translation>
        </message>
        <message>
            <source>restart</source>
            <translation>restart</translation>
        </message>
        <message>
            <source>Restart</source>
            <translation>재시작</translation>
        </message>
        <message>
            <source>A stop (SIGTERM, then SIGKILL after the timeout) followed by a start; the container keeps its ID, files and settings.</source>
            <translation>정지(SIGTERM, 제한 시간이 지나면 SIGKILL) 후 시작합니다. 컨테이너의 ID, 파일, 설정은 그대로 유지됩니다.</translation>
        </message>
        <message>
            <source>pause</source>
            <translation>pause</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>일시 정지</translation>
        </message>
        <message>
            <source>Freezes every process in the container with the cgroup freezer: they keep their memory but get no CPU time until unpaused.</source>
            <translation>cgroup 동결 기능으로 컨테이너의 모든 프로세스를 동결합니다. 프로세스는 메모리를 유지하지만 일시 정지 해제 전까지 CPU 시간을 받지 못합니다.</translation>
        </message>
        <message>
            <source>unpause</source>
            <translation>unpause</translation>
        </message>
        <message>
            <source>Unpause</source>
            <translation>일시 정지 해제</translation>
        </message>
        <message>
            <source>Thaws the frozen processes: they carry on exactly where they were, unaware that time passed.</source>
            <translation>동결된 프로세스를 풉니다. 프로세스는 시간이 흐른 줄 모른 채 멈췄던 곳에서 그대로 이어 갑니다.</translation>
        </message>
        <message>
            <source>rm</source>
            <translation>rm</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>삭제</translation>
        </message>
        <message>
            <source>Deletes a stopped container with its writable layer: whatever it wrote outside a volume is lost. The image stays.</source>
            <translation>정지된 컨테이너를 쓰기 가능한 컨테이너 레이어와 함께 삭제합니다. 볼륨 밖에 쓴 내용은 모두 사라집니다. 이미지는 남습니다.</translation>
        </message>
        <message>
            <source>rm -f</source>
            <translation>rm -f</translation>
        </message>
        <message>
            <source>Force remove</source>
            <translation>강제 삭제</translation>
        </message>
        <message>
            <source>Kills the container with SIGKILL if it is running, then removes it and its writable layer, in one step.</source>
            <translation>컨테이너가 실행 중이면 SIGKILL로 강제 종료한 뒤, 컨테이너와 쓰기 가능한 컨테이너 레이어를 한 단계로 삭제합니다.</translation>
        </message>
        <message>
            <source>commit</source>
            <translation>commit</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>커밋</translation>
        </message>
        <message>
            <source>Saves the container's writable layer as a new layer on top of its image, making a new image. A running container is paused while the snapshot is taken.</source>
            <translation>컨테이너 레이어를 이미지 위의 새 레이어로 저장해 새 이미지를 만듭니다. 실행 중인 컨테이너는 스냅숏을 찍는 동안 일시 정지됩니다.</translation>
        </message>
        <message>
            <source>rmi</source>
            <translation>rmi</translation>
        </message>
        <message>
            <source>Remove image</source>
            <translation>이미지 삭제</translation>
        </message>
        <message>
            <source>Removes an image's tag, and its layers once nothing else uses them; refused while a container still uses the image.</source>
            <translation>이미지의 태그를 삭제하고, 다른 곳에서 쓰지 않는 레이어도 삭제합니다. 이미지를 쓰는 컨테이너가 있으면 거부됩니다.</translation>
        </message>
        <message>
            <source>The container has been removed; there is nothing left to act on.</source>
            <translation>컨테이너가 삭제되었습니다. 더 이상 작업할 대상이 없습니다.</translation>
        </message>
        <message>
            <source>Pull starts at the registry: use the pull arrow from the Registry node (the image's name says which registry).</source>
            <extracomment>Container operations asked of the image node.</extracomment>
            <translation>pull은 레지스트리에서 시작합니다: 레지스트리 노드에서 나가는 pull 화살표를 쓰세요(어느 레지스트리인지는 이미지 이름이 말해 줍니다).</translation>
        </message>
        <message>
            <source>An image is a template, not a container: run it (or create a container from it, then start that).</source>
            <translation>이미지는 컨테이너가 아니라 틀입니다. 이미지를 실행하십시오 (또는 이미지로 컨테이너를 생성한 뒤 그 컨테이너를 시작하십시오).</translation>
        </message>
        <message>
            <source>An image runs no processes, so there is nothing to stop: only containers run.</source>
            <translation>이미지는 프로세스를 실행하지 않으므로 정지할 것이 없습니다. 실행되는 것은 컨테이너뿐입니다.</translation>
        </message>
        <message>
            <source>An image has no process to kill: only a running container has one.</source>
            <translation>이미지에는 강제 종료할 프로세스가 없습니다. 프로세스는 실행 중인 컨테이너에만 있습니다.</translation>
        </message>
        <message>
            <source>An image has never run, so it cannot restart: run a container from it instead.</source>
            <translation>이미지는 실행된 적이 없으므로 재시작할 수 없습니다. 대신 이미지로 컨테이너를 실행하십시오.</translation>
        </message>
        <message>
            <source>An image has no processes to freeze: only a running container can be paused.</source>
            <translation>이미지에는 동결할 프로세스가 없습니다. 일시 정지할 수 있는 것은 실행 중인 컨테이너뿐입니다.</translation>
        </message>
        <message>
            <source>An image is never paused: only a paused container can be unpaused.</source>
            <translation>이미지는 일시 정지되지 않습니다. 일시 정지 해제는 일시 정지된 컨테이너에만 할 수 있습니다.</translation>
        </message>
        <message>
            <source>rm removes containers: to delete an image, use rmi.</source>
            <translation>rm은 컨테이너를 삭제합니다. 이미지를 삭제하려면 rmi를 쓰십시오.</translation>
        </message>
        <message>
            <source>rm -f removes containers, not images: to delete an image, use rmi.</source>
            <translation>rm -f는 이미지가 아니라 컨테이너를 삭제합니다. 이미지를 삭제하려면 rmi를 쓰십시오.</translation>
        </message>
        <message>
            <source>Commit saves a container's changes; an image has no writable layer to save: run a container from it, change something, then commit that.</source>
            <translation>커밋은 컨테이너의 변경 사항을 저장합니다. 이미지에는 저장할 컨테이너 레이어가 없습니다. 이미지로 컨테이너를 실행해 무언가를 바꾼 뒤 그 컨테이너를 커밋하십시오.</translation>
        </message>
        <message>
            <source>A registry only stores images: pull one to this machine first, then run or change it here.</source>
            <extracomment>Operations asked of the registry node: only pull starts there.</extracomment>
            <translation>레지스트리는 이미지를 보관만 합니다: 먼저 이 컴퓨터로 pull한 뒤 여기서 실행하거나 바꾸세요.</translation>
        </message>
        <message>
            <source>Push starts from a local image: select the image to send it to the registry.</source>
            <translation>push는 로컬 이미지에서 시작합니다: 레지스트리로 보낼 이미지를 선택하세요.</translation>
        </message>
        <message>
            <source>rmi removes local images only; the registry's copy stays (registries delete through their own API).</source>
            <translation>rmi는 로컬 이미지만 삭제합니다. 레지스트리의 사본은 남습니다(레지스트리는 자체 API로 삭제합니다).</translation>
        </message>
        <message>
            <source>Pull acts on an image, not a container: select the container's image to fetch or refresh it.</source>
            <extracomment>Image operations asked of a container.</extracomment>
            <translation>풀은 컨테이너가 아니라 이미지에 하는 작업입니다. 이미지를 가져오거나 갱신하려면 컨테이너의 이미지를 선택하십시오.</translation>
        </message>
        <message>
            <source>Push acts on an image, not a container: commit the container to an image, then push that.</source>
            <translation>push는 컨테이너가 아니라 이미지에 작용합니다: 컨테이너를 이미지로 커밋한 뒤 그 이미지를 푸시하세요.</translation>
        </message>
        <message>
            <source>Create acts on an image, not a container: select the image to make another container from it.</source>
            <translation>생성은 컨테이너가 아니라 이미지에 하는 작업입니다. 컨테이너를 하나 더 만들려면 이미지를 선택하십시오.</translation>
        </message>
        <message>
            <source>Run acts on an image, not a container: select the image to run a new container from it.</source>
            <translation>실행은 컨테이너가 아니라 이미지에 하는 작업입니다. 새 컨테이너를 실행하려면 이미지를 선택하십시오.</translation>
        </message>
        <message>
            <source>rmi acts on an image, not a container: use rm to delete this container, or select its image.</source>
            <translation>rmi는 컨테이너가 아니라 이미지에 하는 작업입니다. 이 컨테이너를 삭제하려면 rm을 쓰거나, 컨테이너의 이미지를 선택하십시오.</translation>
        </message>
        <message>
            <source>The container is already running.</source>
            <extracomment>Container operations the daemon refuses (or answers 304 to) in a container state.</extracomment>
            <translation>컨테이너가 이미 실행 중입니다.</translation>
        </message>
        <message>
            <source>A paused container is frozen, not stopped: unpause it instead.</source>
            <translation>일시 정지된 컨테이너는 정지된 것이 아니라 동결된 것입니다. 대신 일시 정지를 해제하십시오.</translation>
        </message>
        <message>
            <source>The container is already restarting: its restart policy is starting it again.</source>
            <translation>컨테이너가 이미 재시작 중입니다. 재시작 정책이 다시 시작하고 있습니다.</translation>
        </message>
        <message>
            <source>A dead container cannot be started again: remove it and create a new one.</source>
            <translation>죽은 컨테이너는 다시 시작할 수 없습니다. 삭제하고 새 컨테이너를 생성하십시오.</translation>
        </message>
        <message>
            <source>The container has never started: there is nothing to stop.</source>
            <translation>컨테이너가 시작된 적이 없으므로 정지할 것이 없습니다.</translation>
        </message>
        <message>
            <source>The container is already stopped.</source>
            <translation>컨테이너가 이미 정지되었습니다.</translation>
        </message>
        <message>
            <source>A dead container has no process to stop: remove it.</source>
            <translation>죽은 컨테이너에는 정지할 프로세스가 없습니다. 삭제하십시오.</translation>
        </message>
        <message>
            <source>The container has never started: there is no process to kill.</source>
            <translation>컨테이너가 시작된 적이 없으므로 강제 종료할 프로세스가 없습니다.</translation>
        </message>
        <message>
            <source>The container is not running: there is no process to kill.</source>
            <translation>컨테이너가 실행 중이 아니므로 강제 종료할 프로세스가 없습니다.</translation>
        </message>
        <message>
            <source>A dead container has no process to kill: remove it.</source>
            <translation>죽은 컨테이너에는 강제 종료할 프로세스가 없습니다. 삭제하십시오.</translation>
        </message>
        <message>
            <source>A dead container cannot be restarted: remove it and create a new one.</source>
            <translation>죽은 컨테이너는 재시작할 수 없습니다. 삭제하고 새 컨테이너를 생성하십시오.</translation>
        </message>
        <message>
            <source>A created container has never started: there are no processes to freeze yet. Start it first.</source>
            <translation>생성된 컨테이너는 시작된 적이 없어 아직 동결할 프로세스가 없습니다. 먼저 시작하십시오.</translation>
        </message>
        <message>
            <source>The container is already paused.</source>
            <translation>컨테이너가 이미 일시 정지되었습니다.</translation>
        </message>
        <message>
            <source>The container is between runs while it restarts: wait until it is running, or stop it.</source>
            <translation>컨테이너가 재시작하느라 실행과 실행 사이에 있습니다. 실행 중이 될 때까지 기다리거나 정지하십시오.</translation>
        </message>
        <message>
            <source>A stopped container has no processes to freeze: start it first.</source>
            <translation>정지된 컨테이너에는 동결할 프로세스가 없습니다. 먼저 시작하십시오.</translation>
        </message>
        <message>
            <source>A dead container has no processes to freeze: remove it.</source>
            <translation>죽은 컨테이너에는 동결할 프로세스가 없습니다. 삭제하십시오.</translation>
        </message>
        <message>
            <source>The container is not paused (it has never started): start it instead.</source>
            <translation>컨테이너가 일시 정지되지 않았습니다 (시작된 적이 없습니다). 대신 시작하십시오.</translation>
        </message>
        <message>
            <source>The container is not paused: there is nothing to unpause.</source>
            <translation>컨테이너가 일시 정지되지 않았으므로 일시 정지를 해제할 것이 없습니다.</translation>
        </message>
        <message>
            <source>The container is not paused: it is restarting on its own.</source>
            <translation>컨테이너가 일시 정지되지 않았습니다. 스스로 재시작하는 중입니다.</translation>
        </message>
        <message>
            <source>The container is not paused (it is stopped): start it instead.</source>
            <translation>컨테이너가 일시 정지되지 않았습니다 (정지된 상태입니다). 대신 시작하십시오.</translation>
        </message>
        <message>
            <source>A dead container is not paused and cannot run again: remove it.</source>
            <translation>죽은 컨테이너는 일시 정지된 것이 아니며 다시 실행할 수 없습니다. 삭제하십시오.</translation>
        </message>
        <message>
            <source>A running container cannot be removed without force: stop it first, or use rm -f (kill and remove).</source>
            <translation>실행 중인 컨테이너는 강제하지 않으면 삭제할 수 없습니다. 먼저 정지하거나 rm -f(강제 종료 후 삭제)를 쓰십시오.</translation>
        </message>
        <message>
            <source>A paused container cannot be removed without force: unpause and stop it first, or use rm -f (kill and remove).</source>
            <translation>일시 정지된 컨테이너는 강제하지 않으면 삭제할 수 없습니다. 먼저 일시 정지를 해제하고 정지하거나 rm -f(강제 종료 후 삭제)를 쓰십시오.</translation>
        </message>
        <message>
            <source>A restarting container counts as running and cannot be removed without force: stop it first, or use rm -f.</source>
            <translation>재시작 중인 컨테이너는 실행 중으로 취급되어 강제하지 않으면 삭제할 수 없습니다. 먼저 정지하거나 rm -f를 쓰십시오.</translation>
        </message>
        <message>
            <source>The daemon will not commit a dead container, whose files may be half torn down: remove it instead.</source>
            <translation>죽은 컨테이너는 파일이 반쯤 정리되었을 수 있어 데몬이 커밋하지 않습니다. 대신 삭제하십시오.</translation>
        </message>
        <message>
            <source>The container no longer exists (it may have been removed elsewhere).</source>
            <translation>컨테이너가 더 이상 없습니다 (다른 곳에서 삭제되었을 수 있습니다).</translation>
        </message>
        <message>
            <source>The image is not on this machine: pull it first, or check its name.</source>
            <translation>이 컴퓨터에 이미지가 없습니다. 먼저 풀하거나 이름을 확인하십시오.</translation>
        </message>
        <message>
            <source>That container name is already in use: choose another name, or remove the container that has it.</source>
            <translation>그 컨테이너 이름은 이미 쓰이고 있습니다. 다른 이름을 고르거나 그 이름의 컨테이너를 삭제하십시오.</translation>
        </message>
        <message>
            <source>The registry has no such image, or it needs you to log in: check the name and tag.</source>
            <translation>레지스트리에 그런 이미지가 없거나 로그인이 필요합니다. 이름과 태그를 확인하십시오.</translation>
        </message>
        <message>
            <source>There is no local image by that name: tag an image with it first.</source>
            <translation>그 이름의 로컬 이미지가 없습니다: 먼저 이미지에 그 이름으로 태그를 붙이세요.</translation>
        </message>
        <message>
            <source>The image no longer exists (it may have been removed elsewhere).</source>
            <translation>이미지가 더 이상 없습니다 (다른 곳에서 삭제되었을 수 있습니다).</translation>
        </message>
        <message>
            <source>The container is already running: nothing to do.</source>
            <extracomment>What an answer means when the state the app believed in does not explain it (or is unknown).</extracomment>
            <translation>컨테이너가 이미 실행 중입니다. 할 일이 없습니다.</translation>
        </message>
        <message>
            <source>The container is already stopped: nothing to do.</source>
            <translation>컨테이너가 이미 정지되었습니다. 할 일이 없습니다.</translation>
        </message>
        <message>
            <source>The image is used by a container: remove the container first, or force.</source>
            <translation>컨테이너가 이 이미지를 쓰고 있습니다. 먼저 컨테이너를 삭제하거나 강제로 삭제하십시오.</translation>
        </message>
        <message>
            <source>not modified: nothing changed</source>
            <translation>변경 없음: 바뀐 것이 없습니다</translation>
        </message>
        <message>
            <source>bad request</source>
            <translation>잘못된 요청</translation>
        </message>
        <message>
            <source>not authorised</source>
            <translation>인증되지 않음</translation>
        </message>
        <message>
            <source>forbidden</source>
            <translation>금지됨</translation>
        </message>
        <message>
            <source>not found</source>
            <translation>찾을 수 없음</translation>
        </message>
        <message>
            <source>conflict with the current state</source>
            <translation>현재 상태와 충돌</translation>
        </message>
        <message>
            <source>error inside the daemon</source>
            <translation>데몬 내부 오류</translation>
        </message>
        <message>
            <source>The daemon answered HTTP {code} ({meaning}) to the {operation} request.</source>
            <translation>데몬이 {operation} 요청에 HTTP {code}({meaning}) 응답을 보냈습니다.</translation>
        </message>
        <message>
            <source>The daemon answered HTTP {code} to the {operation} request.</source>
            <translation>데몬이 {operation} 요청에 HTTP {code} 응답을 보냈습니다.</translation>
        </message>
    </context>
    <context>
        <name>LifecycleOperations</name>
        <message>
            <source>The container no longer exists (it may have been removed elsewhere).</source>
            <translation>컨테이너가 더 이상 없습니다 (다른 곳에서 삭제되었을 수 있습니다).</translation>
        </message>
        <message>
            <source>Not allowed now.</source>
            <translation>지금은 할 수 없습니다.</translation>
        </message>
        <message>
            <source>Not done: {reason}</source>
            <translation>하지 않음: {reason}</translation>
        </message>
        <message>
            <source>{operation} {target}</source>
            <translation>{target} {operation}</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>완료했습니다.</translation>
        </message>
        <message>
            <source>The writable layer of container {name} became the top layer of image {image} ({id}).</source>
            <translation>{name} 컨테이너의 컨테이너 레이어가 {image} 이미지({id})의 맨 위 레이어가 되었습니다.</translation>
        </message>
        <message>
            <source>Done: container {id}.</source>
            <translation>완료했습니다: {id} 컨테이너.</translation>
        </message>
    </context>
    <context>
        <name>LifecycleScene</name>
        <message>
            <source>Image (local)</source>
            <extracomment>Tokens travelling at once at most; more changes in the same moment only update the counts. The smallest node box, at the desktop's font size; nodes grow to fit their text. The size the graph is laid out at when nothing else decides (exports, a tiny window). Where each state sits in the layout this was designed at: image on the left, the running loop in the middle, endings below. The scene spreads these over whatever room it has (``relayout``). The arrows always drawn (the teacher's picture); the others appear when their source is selected. Extra bend for arrows that would otherwise cross a node. Where along an arrow its labels sit, where the default would put them on something else.</extracomment>
            <translation>이미지 (로컬)</translation>
        </message>
        <message>
            <source>Registry</source>
            <translation>레지스트리</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>생성됨</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>실행 중</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>일시 정지됨</translation>
        </message>
        <message>
            <source>Restarting</source>
            <translation>재시작 중</translation>
        </message>
        <message>
            <source>Exited (stopped)</source>
            <translation>종료됨 (정지됨)</translation>
        </message>
        <message>
            <source>Dead</source>
            <translation>죽음</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>삭제됨</translation>
        </message>
        <message>
            <source>Click to list what is here.</source>
            <translation>클릭하면 이 상태에 있는 항목을 보여 줍니다.</translation>
        </message>
        <message numerus="yes">
            <source>%n image(s)</source>
            <translation>
                <numerusform>이미지 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with a digest</source>
            <translation>
                <numerusform>다이제스트 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n (this session)</source>
            <translation>
                <numerusform>%n개 (이번 세션)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n container(s)</source>
            <translation>
                <numerusform>컨테이너 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>Shortcut: &lt;b&gt;{shortcut}&lt;/b&gt;</source>
            <translation>단축키: &lt;b&gt;{shortcut}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Destructive: asks first.</source>
            <translation>되돌릴 수 없는 작업: 먼저 확인합니다.</translation>
        </message>
        <message>
            <source>Container lifecycle</source>
            <translation>컨테이너 라이프사이클</translation>
        </message>
    </context>
    <context>
        <name>LifecycleView</name>
        <message>
            <source>Docker is not reachable right now.</source>
            <extracomment>A container created and started within this long was a `docker run` (ms).</extracomment>
            <translation>지금은 Docker에 연결할 수 없습니다.</translation>
        </message>
        <message>
            <source>Select a container first: pick one in the list, or click a state to see what is in it.</source>
            <translation>먼저 컨테이너를 선택하십시오. 목록에서 고르거나, 상태를 클릭해 그 안에 무엇이 있는지 확인하십시오.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Processes&lt;/b&gt; ({command})</source>
            <translation>&lt;b&gt;프로세스&lt;/b&gt; ({command})</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>명령</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>확대</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>축소</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>창에 맞춤</translation>
        </message>
        <message>
            <source>Export graph…</source>
            <translation>그래프 내보내기…</translation>
        </message>
        <message>
            <source>Click an operation on an arrow to perform it · blue: allowed now · red, dashed: destructive (asks first)</source>
            <translation>화살표 위의 작업을 클릭하면 실행합니다 · 파란색: 지금 가능 · 빨간 점선: 되돌릴 수 없음 (먼저 확인)</translation>
        </message>
        <message>
            <source>No container selected</source>
            <translation>선택한 컨테이너 없음</translation>
        </message>
        <message>
            <source>Pick one in the list on the left, or click a state to see what is in it.</source>
            <translation>왼쪽 목록에서 하나를 고르거나, 상태를 클릭해 그 안에 무엇이 있는지 확인하십시오.</translation>
        </message>
        <message>
            <source>{state}, exit code {code}</source>
            <translation>{state}, 종료 코드 {code}</translation>
        </message>
        <message>
            <source>Destructive operations are switched off (Settings menu).</source>
            <translation>되돌릴 수 없는 작업이 꺼져 있습니다 (설정 메뉴).</translation>
        </message>
        <message>
            <source>Run a container</source>
            <translation>컨테이너 실행</translation>
        </message>
        <message>
            <source>Run a &amp;command inside…</source>
            <translation>안에서 명령 실행(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Write a file inside…</source>
            <translation>안에 파일 쓰기(&amp;W)…</translation>
        </message>
        <message>
            <source>Open a &amp;shell in a terminal</source>
            <translation>터미널에서 셸 열기(&amp;S)</translation>
        </message>
        <message>
            <source>Create a container</source>
            <translation>컨테이너 생성</translation>
        </message>
        <message>
            <source>No image given: nothing was done.</source>
            <translation>이미지를 지정하지 않아 아무것도 하지 않았습니다.</translation>
        </message>
        <message>
            <source>Pull an image</source>
            <translation>이미지 풀</translation>
        </message>
        <message>
            <source>&amp;Image:</source>
            <translation>이미지(&amp;I):</translation>
        </message>
        <message>
            <source>Select an image in the list first.</source>
            <translation>먼저 목록에서 이미지를 선택하십시오.</translation>
        </message>
        <message>
            <source>Its tag goes; its layers go too when no other image uses them.</source>
            <translation>태그가 삭제되며, 다른 이미지가 쓰지 않는 레이어도 함께 삭제됩니다.</translation>
        </message>
        <message>
            <source>The process gets SIGKILL at once, with no chance to clean up.</source>
            <translation>프로세스가 즉시 SIGKILL을 받으므로 정리할 기회가 없습니다.</translation>
        </message>
        <message>
            <source>Its writable layer, with every file it changed, is deleted. The image stays.</source>
            <translation>바꾼 파일을 모두 담은 컨테이너 레이어가 삭제됩니다. 이미지는 남습니다.</translation>
        </message>
        <message>
            <source>It is killed if running, then deleted with its writable layer. The image stays.</source>
            <translation>실행 중이면 강제 종료한 뒤 컨테이너 레이어와 함께 삭제합니다. 이미지는 남습니다.</translation>
        </message>
        <message>
            <source>Read-only (classroom lock): nothing is removed or killed, and no tag is moved.</source>
            <translation>읽기 전용(수업 잠금): 아무것도 삭제하거나 강제 종료하지 않고, 태그도 옮기지 않습니다.</translation>
        </message>
        <message>
            <source>{verb}?</source>
            <translation>{verb} 확인</translation>
        </message>
        <message>
            <source>{verb} {target}?</source>
            <translation>{target}을(를) {verb}하시겠습니까?</translation>
        </message>
        <message>
            <source>{verb} {target}</source>
            <translation>{target} {verb}</translation>
        </message>
        <message>
            <source>Cancelled: nothing was changed.</source>
            <translation>취소됨: 아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <source>{verb} cancelled: nothing was changed.</source>
            <translation>{verb} 취소됨: 아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <source>Not done: {reason}</source>
            <translation>실행하지 않음: {reason}</translation>
        </message>
        <message>
            <source>{name} is not running: a command can run only in a running container. Start it first.</source>
            <translation>{name}은(는) 실행 중이 아닙니다: 명령은 실행 중인 컨테이너 안에서만 실행할 수 있습니다. 먼저 시작하십시오.</translation>
        </message>
        <message>
            <source>Run a command in {name}</source>
            <translation>{name} 안에서 명령 실행</translation>
        </message>
        <message>
            <source>The command in {name} ended with exit code {code}.</source>
            <translation>{name} 안의 명령이 종료 코드 {code}로 끝났습니다.</translation>
        </message>
        <message>
            <source>(it printed nothing)</source>
            <translation>(출력 없음)</translation>
        </message>
        <message>
            <source>Write {path} in {name}</source>
            <translation>{name} 안에 {path} 쓰기</translation>
        </message>
        <message>
            <source>{path} is written in the writable layer of {name}; its image did not change.</source>
            <translation>{path}을(를) {name}의 쓰기 가능한 레이어에 썼습니다. 이미지는 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <source>Committed: the container's writable layer is now image {image}.</source>
            <translation>커밋 완료: 컨테이너 레이어가 이제 {image} 이미지가 되었습니다.</translation>
        </message>
        <message>
            <source>No local image has come from or gone to a registry yet</source>
            <translation>아직 레지스트리에서 오거나 레지스트리로 간 로컬 이미지가 없습니다</translation>
        </message>
        <message>
            <source>{count} removed since the app started</source>
            <translation>앱 시작 후 {count}개 삭제됨</translation>
        </message>
        <message>
            <source>No container is {state}</source>
            <translation>{state} 상태인 컨테이너가 없습니다</translation>
        </message>
        <message>
            <source>Container {name} was removed, with its writable layer. Its image is untouched, and so is its volume {volumes}: a volume lives apart from the container and outlives it (Disk usage → Volumes).</source>
            <translation>컨테이너 {name}이(가) 컨테이너 레이어와 함께 삭제되었습니다. 이미지는 그대로이고 볼륨 {volumes}도 그대로입니다. 볼륨은 컨테이너와 따로 살며 컨테이너보다 오래 남습니다(디스크 사용량 → 볼륨).</translation>
        </message>
        <message>
            <source>Container {name} was removed, with its writable layer. Its image is untouched.</source>
            <translation>{name} 컨테이너가 컨테이너 레이어와 함께 삭제되었습니다. 이미지는 그대로입니다.</translation>
        </message>
        <message>
            <source>○ No process: no output.</source>
            <translation>○ 프로세스 없음: 출력도 없습니다.</translation>
        </message>
        <message>
            <source>⏸ Frozen: no new output while it is paused.</source>
            <translation>⏸ 얼어 있음: 일시 정지된 동안에는 새 출력이 없습니다.</translation>
        </message>
        <message>
            <source>▶ Its latest output: {line}</source>
            <translation>▶ 최근 출력: {line}</translation>
        </message>
        <message>
            <source>▶ Running; it has printed nothing.</source>
            <translation>▶ 실행 중이지만 아직 아무것도 출력하지 않았습니다.</translation>
        </message>
        <message>
            <source>&lt;b&gt;No processes while it restarts.&lt;/b&gt; Its restart policy starts it again after each exit, waiting a little longer every time.</source>
            <translation>&lt;b&gt;재시작하는 동안에는 프로세스가 없습니다.&lt;/b&gt; 재시작 정책에 따라 종료될 때마다 다시 시작하며, 매번 조금 더 오래 기다립니다.</translation>
        </message>
        <message>
            <source>&lt;b&gt;No processes yet.&lt;/b&gt; A created container has never run: its writable layer and settings are ready, and start runs its program.</source>
            <translation>&lt;b&gt;아직 프로세스가 없습니다.&lt;/b&gt; 생성된 컨테이너는 한 번도 실행된 적이 없습니다: 쓰기 가능한 레이어와 설정이 준비되어 있고, start가 프로그램을 실행합니다.</translation>
        </message>
        <message>
            <source>&lt;b&gt;No processes.&lt;/b&gt; A stopped container still exists, with its files, but nothing runs in it.</source>
            <translation>&lt;b&gt;프로세스가 없습니다.&lt;/b&gt; 정지된 컨테이너도 파일과 함께 남아 있지만, 그 안에서 실행되는 것은 없습니다.</translation>
        </message>
        <message>
            <source>Reading processes…</source>
            <translation>프로세스를 읽는 중…</translation>
        </message>
        <message>
            <source>❄ frozen</source>
            <translation>❄ 동결됨</translation>
        </message>
        <message>
            <source>running</source>
            <translation>실행 중</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Paused: %n process(es) still listed, frozen.&lt;/b&gt; They keep their memory but get no CPU time until unpaused. (Stopping, by contrast, ends them.)</source>
            <translation>
                <numerusform>&lt;b&gt;일시 정지됨: 프로세스 %n개가 동결된 채 목록에 남아 있습니다.&lt;/b&gt; 메모리는 유지하지만 일시 정지를 해제할 때까지 프로세서 시간을 받지 못합니다. (반면 정지하면 프로세스가 끝납니다.)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n process(es) running.</source>
            <translation>
                <numerusform>프로세스 %n개 실행 중.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;No processes.&lt;/b&gt; The container stopped meanwhile.</source>
            <translation>&lt;b&gt;프로세스가 없습니다.&lt;/b&gt; 그사이 컨테이너가 정지했습니다.</translation>
        </message>
        <message>
            <source>Could not list processes: {error}</source>
            <translation>프로세스 목록을 가져오지 못했습니다: {error}</translation>
        </message>
        <message>
            <source>Export lifecycle graph</source>
            <translation>라이프사이클 그래프 내보내기</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG 이미지 (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>SVG 그림 (*.svg)</translation>
        </message>
        <message>
            <source>Could not export the graph: {error}. Choose another folder.</source>
            <translation>그래프를 내보내지 못했습니다: {error}. 다른 폴더를 선택하십시오.</translation>
        </message>
        <message>
            <source>Exported the graph to {path}.</source>
            <translation>그래프를 {path}에 내보냈습니다.</translation>
        </message>
    </context>
    <context>
        <name>LogView</name>
        <message>
            <source>The build's output appears here.</source>
            <extracomment>Space left of the text (px).</extracomment>
            <translation>빌드 출력이 여기에 나타납니다.</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>복사(&amp;C)</translation>
        </message>
        <message>
            <source>Select &amp;all</source>
            <translation>모두 선택(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Lifecycle</source>
            <extracomment>A factory for a central tab: (title, builder(ctx, window) -&gt; widget).</extracomment>
            <translation>라이프사이클</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>레이어</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>개요</translation>
        </message>
        <message>
            <source>Container</source>
            <translation>컨테이너</translation>
        </message>
        <message>
            <source>Disk usage</source>
            <translation>디스크 사용량</translation>
        </message>
        <message>
            <source>Lifecycle Explorer</source>
            <translation>라이프사이클 탐색기</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Build an image…</source>
            <translation>이미지 빌드(&amp;B)…</translation>
        </message>
        <message>
            <source>Write a Dockerfile, build it, and watch each step make a layer or come from the cache.</source>
            <translation>Dockerfile을 쓰고 빌드하면서, 각 단계가 레이어를 만드는지 캐시에서 오는지 지켜봅니다.</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>끝내기(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Container</source>
            <translation>컨테이너(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Presentation mode (for a projector)</source>
            <translation>발표 모드(&amp;P) (프로젝터용)</translation>
        </message>
        <message>
            <source>Full screen, only the views, every text large enough for the back row. F11 again to leave.</source>
            <translation>전체 화면에 보기만 띄우고, 모든 글자를 뒷줄에서도 읽을 만큼 키웁니다. F11을 다시 누르면 나갑니다.</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>글자 크게(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>글자 작게(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>기본 글자 크기(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>언어(&amp;G)</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>시스템 설정 따르기</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>테마(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Reconnect to Docker</source>
            <translation>Docker에 다시 연결(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>설정(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Ask before destructive operations</source>
            <translation>되돌릴 수 없는 작업 전에 묻기(&amp;A)</translation>
        </message>
        <message>
            <source>Allow &amp;destructive operations (remove, kill, remove image)</source>
            <translation>되돌릴 수 없는 작업 허용(&amp;D) (삭제, 강제 종료, 이미지 삭제)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Lesson: the lecture, live</source>
            <translation>수업: 강의를 실제로(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Glossary: Docker's words in plain words</source>
            <translation>용어집: 도커 용어를 쉬운 말로(&amp;G)</translation>
        </message>
        <message>
            <source>Step through the lecture's claims on this daemon: each step is done and then confirmed (F1)</source>
            <translation>이 데몬에서 강의 내용을 한 단계씩 보여 줍니다: 단계마다 실행하고 확인합니다(F1)</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>도구 모음</translation>
        </message>
        <message>
            <source>&amp;About Lifecycle Explorer</source>
            <translation>라이프사이클 탐색기 정보(&amp;A)</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>이미지</translation>
        </message>
        <message>
            <source>Containers</source>
            <translation>컨테이너</translation>
        </message>
        <message>
            <source>No views.</source>
            <translation>보기가 없습니다.</translation>
        </message>
        <message>
            <source>Activity log</source>
            <translation>활동 기록</translation>
        </message>
        <message>
            <source>Build</source>
            <translation>빌드</translation>
        </message>
        <message>
            <source>🔒 Read-only</source>
            <translation>🔒 읽기 전용</translation>
        </message>
        <message>
            <source>Classroom lock (`--read-only`, or `safety/read_only` in the settings file): nothing is removed or killed and no tag is moved. The menus cannot switch it off.</source>
            <translation>수업 잠금(`--read-only`, 또는 설정 파일의 `safety/read_only`): 아무것도 삭제하거나 강제 종료하지 않고 태그도 옮기지 않습니다. 메뉴로는 끌 수 없습니다.</translation>
        </message>
        <message>
            <source>Select an image in the list first.</source>
            <translation>먼저 목록에서 이미지를 선택하세요.</translation>
        </message>
        <message>
            <source>Tag {image} as {reference}</source>
            <translation>{image}에 {reference} 태그 붙이기</translation>
        </message>
        <message>
            <source>Done: push it with the push arrow.</source>
            <translation>완료: push 화살표로 푸시하세요.</translation>
        </message>
        <message>
            <source>Tag for a registry…</source>
            <translation>레지스트리용 태그…</translation>
        </message>
        <message>
            <source>Push…</source>
            <translation>푸시…</translation>
        </message>
        <message>
            <source>Pull…</source>
            <translation>풀…</translation>
        </message>
        <message>
            <source>Docker Engine {version} (API {api}) at {where}</source>
            <translation>{where}의 Docker 엔진 {version} (API {api})</translation>
        </message>
        <message>
            <source>not connected</source>
            <translation>연결되지 않음</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>{app} 정보</translation>
        </message>
        <message>
            <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Makes Docker visible: the container lifecycle as a live, clickable state graph, and image layers charted per step.&lt;/p&gt;&lt;p&gt;Daemon: {daemon}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Docker를 눈으로 보여 줍니다. 컨테이너의 라이프사이클은 살아 움직이고 클릭할 수 있는 상태 그래프로, 이미지 레이어는 단계별 차트로 그립니다.&lt;/p&gt;&lt;p&gt;데몬: {daemon}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>● Connected to {where} · Docker Engine {version} · API {api}</source>
            <translation>● {where}에 연결됨 · Docker 엔진 {version} · API {api}</translation>
        </message>
        <message>
            <source>● Connecting to {where}…</source>
            <translation>● {where}에 연결하는 중…</translation>
        </message>
        <message>
            <source>● Disconnected from {where}</source>
            <translation>● {where}와 연결 끊김</translation>
        </message>
        <message>
            <source>● Not answering: {where} · showing the last known state (stale)</source>
            <translation>● 응답 없음: {where} · 마지막으로 알던 상태를 보여 주는 중 (오래된 정보)</translation>
        </message>
        <message>
            <source>● Not connected to {where} · showing the last known state (stale)</source>
            <translation>● {where}에 연결되지 않음 · 마지막으로 알던 상태를 보여 주는 중 (오래된 정보)</translation>
        </message>
        <message>
            <source>● Not connected to {where}</source>
            <translation>● {where}에 연결되지 않음</translation>
        </message>
        <message>
            <source>Connected to Docker Engine {version} at {where}</source>
            <translation>{where}의 Docker 엔진 {version}에 연결했습니다</translation>
        </message>
    </context>
    <context>
        <name>PruneDialog</name>
        <message>
            <source>What</source>
            <translation>대상</translation>
        </message>
        <message>
            <source>Frees</source>
            <translation>비워지는 공간</translation>
        </message>
        <message>
            <source>Clean up: {what}</source>
            <translation>정리: {what}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>삭제</translation>
        </message>
        <message>
            <source>Working out exactly what would be removed…</source>
            <translation>무엇이 삭제될지 정확히 계산하는 중…</translation>
        </message>
        <message>
            <source>tag removed: {ref}</source>
            <translation>태그 삭제: {ref}</translation>
        </message>
        <message>
            <source>Nothing to remove: nothing matches the rule now.</source>
            <translation>삭제할 것이 없습니다: 지금은 규칙에 맞는 것이 없습니다.</translation>
        </message>
        <message numerus="yes">
            <source>This removes %n object(s) and frees {bytes}. It cannot be undone.</source>
            <translation>
                <numerusform>%n개를 삭제하고 {bytes}를 비웁니다. 되돌릴 수 없습니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %n</source>
            <translation>
                <numerusform>%n개 삭제</numerusform>
            </translation>
        </message>
        <message>
            <source>Cleaning up…</source>
            <translation>정리하는 중…</translation>
        </message>
        <message>
            <source>Exactly what the preview listed.</source>
            <translation>미리 보기 목록과 정확히 같습니다.</translation>
        </message>
        <message>
            <source>Not quite the preview: something changed on the daemon in between ({more} more, {fewer} fewer).</source>
            <translation>미리 보기와 조금 다릅니다: 그사이 데몬에서 무언가 바뀌었습니다({more}개 더, {fewer}개 덜).</translation>
        </message>
        <message>
            <source>The daemon removed {count} and freed {bytes}.</source>
            <translation>데몬이 {count}개를 삭제하고 {bytes}를 비웠습니다.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
    </context>
    <context>
        <name>References</name>
        <message>
            <source>The image name is empty.</source>
            <translation>이미지 이름이 비어 있습니다.</translation>
        </message>
        <message>
            <source>An image name cannot contain spaces.</source>
            <translation>이미지 이름에는 공백을 넣을 수 없습니다.</translation>
        </message>
        <message>
            <source>'{digest}' is not a digest: after '@' comes an algorithm and at least 32 hex digits, as in sha256:0123…</source>
            <translation>'{digest}'은(는) 다이제스트가 아닙니다. '@' 뒤에는 알고리즘과 32자리 이상의 16진수가 와야 합니다 (예: sha256:0123…).</translation>
        </message>
        <message>
            <source>The tag after ':' is empty.</source>
            <translation>':' 뒤의 태그가 비어 있습니다.</translation>
        </message>
        <message>
            <source>The tag '{tag}' is not valid: a tag is up to 128 letters, digits, '_', '.' and '-', and does not start with '.' or '-'.</source>
            <translation>태그 '{tag}'은(는) 올바르지 않습니다. 태그는 영문자, 숫자, '_', '.', '-'로 된 128자 이하의 문자열이며 '.'이나 '-'로 시작할 수 없습니다.</translation>
        </message>
        <message>
            <source>The name before the tag is empty: write the repository, e.g. `myapp:{tag}`.</source>
            <translation>태그 앞의 이름이 비어 있습니다. 저장소 이름을 쓰십시오 (예: `myapp:{tag}`).</translation>
        </message>
        <message>
            <source>The name is {length} characters long; Docker allows at most 255.</source>
            <translation>이름이 {length}자입니다. Docker는 최대 255자까지 허용합니다.</translation>
        </message>
        <message>
            <source>'{domain}' is not a valid registry host (name or address, then an optional :port).</source>
            <translation>'{domain}'은(는) 올바른 레지스트리 호스트가 아닙니다 (이름이나 주소, 그리고 필요하면 :포트).</translation>
        </message>
        <message>
            <source>The name has an empty part between '/' signs.</source>
            <translation>이름의 '/' 사이에 빈 부분이 있습니다.</translation>
        </message>
        <message>
            <source>'{part}' has capital letters: repository names are lower case only (try '{lower}').</source>
            <translation>'{part}'에 대문자가 있습니다. 저장소 이름은 소문자만 쓸 수 있습니다 ('{lower}'을(를) 써 보십시오).</translation>
        </message>
        <message>
            <source>'{part}' is not a valid name part: use lower-case letters and digits, joined by single '.', '_', '__' or '-', not at the start or end.</source>
            <translation>'{part}'은(는) 올바른 이름 조각이 아닙니다. 소문자와 숫자를 쓰고, 그 사이를 '.', '_', '__', '-' 하나로 이으십시오. 맨 앞이나 맨 뒤에는 올 수 없습니다.</translation>
        </message>
        <message>
            <source>A new image cannot be given a digest ('@{digest}'): the daemon computes it. Use a name and a tag, e.g. {name}:1.</source>
            <translation>새 이미지에는 다이제스트('@{digest}')를 정해 줄 수 없습니다. 다이제스트는 데몬이 계산합니다. 이름과 태그를 쓰십시오 (예: {name}:1).</translation>
        </message>
        <message>
            <source>'{name}' is not a valid container name: use at least two letters, digits, '_', '.' or '-', starting with a letter or digit.</source>
            <translation>'{name}'은(는) 올바른 컨테이너 이름이 아닙니다. 영문자, 숫자, '_', '.', '-'를 두 글자 이상 쓰고, 영문자나 숫자로 시작하십시오.</translation>
        </message>
        <message>
            <source>{text} means {full}: no registry is named, so it is Docker Hub ({registry}); repository {repository}; version {version}.</source>
            <translation>{text}는 {full}을 뜻합니다: 레지스트리를 적지 않았으므로 도커 허브({registry})이고, 저장소는 {repository}, 버전은 {version}입니다.</translation>
        </message>
        <message>
            <source>{text}: the registry at {registry}, repository {repository}, version {version}.</source>
            <translation>{text}: {registry}의 레지스트리, 저장소 {repository}, 버전 {version}입니다.</translation>
        </message>
    </context>
    <context>
        <name>RequestRunner</name>
        <message>
            <source>Unexpected failure: {error}.</source>
            <translation>예상하지 못한 실패: {error}.</translation>
        </message>
    </context>
    <context>
        <name>Resources</name>
        <message>
            <source>Select a container to see its CPU, memory, network and disk use.</source>
            <extracomment>Seconds of history shown.</extracomment>
            <translation>컨테이너를 고르면 CPU, 메모리, 네트워크, 디스크 사용량이 보입니다.</translation>
        </message>
        <message>
            <source>{name}: no figures yet.</source>
            <translation>{name}: 아직 측정값이 없습니다.</translation>
        </message>
        <message>
            <source>{name} · CPU {cpu} · memory {mem} / {limit} ({mem_pct}) · network in/out {rx} / {tx} · disk read/write {read} / {write} · processes {pids}</source>
            <translation>{name} · CPU {cpu} · 메모리 {mem} / {limit} ({mem_pct}) · 네트워크 받음/보냄 {rx} / {tx} · 디스크 읽기/쓰기 {read} / {write} · 프로세스 {pids}</translation>
        </message>
        <message>
            <source>Paused: its processes are frozen (cgroup freezer), so its CPU line drops to zero. Its memory stays allocated: the processes still exist.</source>
            <translation>일시 정지됨: 프로세스가 얼어 있어(cgroup freezer) CPU 선이 0으로 떨어집니다. 프로세스는 그대로 있으므로 메모리는 계속 잡혀 있습니다.</translation>
        </message>
        <message>
            <source>Not running: a stopped container has no processes, so nothing uses CPU or memory. The charts show what was measured while it ran.</source>
            <translation>실행 중 아님: 정지된 컨테이너에는 프로세스가 없어 CPU도 메모리도 쓰지 않습니다. 차트는 실행 중에 잰 값입니다.</translation>
        </message>
        <message>
            <source>Measured by the daemon about once a second, as docker stats measures: CPU % is of one core (two busy cores show 200%); memory leaves out the file cache the kernel can drop.</source>
            <translation>데몬이 docker stats와 같은 방식으로 약 1초마다 잽니다. CPU %는 코어 하나 기준(코어 둘을 다 쓰면 200%)이고, 메모리에서는 커널이 버릴 수 있는 파일 캐시를 뺍니다.</translation>
        </message>
        <message>
            <source>&lt;b&gt;CPU %&lt;/b&gt; (100% = one core), last two minutes</source>
            <translation>&lt;b&gt;CPU %&lt;/b&gt; (100% = 코어 하나), 최근 2분</translation>
        </message>
        <message>
            <source>&lt;b&gt;Memory&lt;/b&gt; (MiB) &lt;span style='color:{limit}'&gt;- - limit&lt;/span&gt;</source>
            <translation>&lt;b&gt;메모리&lt;/b&gt; (MiB) &lt;span style='color:{limit}'&gt;- - 한도&lt;/span&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Network&lt;/b&gt; bytes/s: &lt;span style='color:{a}'&gt;received&lt;/span&gt;, &lt;span style='color:{b}'&gt;sent&lt;/span&gt;</source>
            <translation>&lt;b&gt;네트워크&lt;/b&gt; 바이트/초: &lt;span style='color:{a}'&gt;받음&lt;/span&gt;, &lt;span style='color:{b}'&gt;보냄&lt;/span&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Disk I/O&lt;/b&gt; bytes/s: &lt;span style='color:{a}'&gt;read&lt;/span&gt;, &lt;span style='color:{b}'&gt;written&lt;/span&gt;</source>
            <translation>&lt;b&gt;디스크 I/O&lt;/b&gt; 바이트/초: &lt;span style='color:{a}'&gt;읽기&lt;/span&gt;, &lt;span style='color:{b}'&gt;쓰기&lt;/span&gt;</translation>
        </message>
    </context>
    <context>
        <name>RunDialog</name>
        <message>
            <source>{short} means {full} (Docker Hub).</source>
            <translation>{short}은(는) {full}을(를) 뜻합니다 (도커 허브).</translation>
        </message>
        <message>
            <source>optional: docker picks a name</source>
            <translation>선택 사항: 비워 두면 Docker가 이름을 정합니다</translation>
        </message>
        <message>
            <source>optional: the image's default command</source>
            <translation>선택 사항: 비워 두면 이미지의 기본 명령</translation>
        </message>
        <message>
            <source>&amp;Image:</source>
            <translation>이미지(&amp;I):</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>이름(&amp;N):</translation>
        </message>
        <message>
            <source>Co&amp;mmand:</source>
            <translation>명령(&amp;M):</translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message>
            <source>SELF-TEST FAILED: {reason}</source>
            <translation>자체 점검 실패: {reason}</translation>
        </message>
        <message>
            <source>{app} {version} self-test</source>
            <translation>{app} {version} 자체 점검</translation>
        </message>
        <message>
            <source>the application's resources cannot be read ({error}). Reinstall the app.</source>
            <translation>앱의 리소스를 읽을 수 없습니다 ({error}). 앱을 다시 설치하십시오.</translation>
        </message>
        <message>
            <source>the application's resources are missing ({path}). Reinstall the app.</source>
            <translation>앱의 리소스가 없습니다 ({path}). 앱을 다시 설치하십시오.</translation>
        </message>
        <message>
            <source>the application icon could not be loaded. Reinstall the app.</source>
            <translation>앱 아이콘을 불러오지 못했습니다. 앱을 다시 설치하십시오.</translation>
        </message>
        <message>
            <source>the main window could not be built ({error}). Reinstall the app.</source>
            <translation>주 창을 만들지 못했습니다 ({error}). 앱을 다시 설치하십시오.</translation>
        </message>
        <message>
            <source>, containerd image store</source>
            <translation>, containerd 이미지 저장소</translation>
        </message>
        <message>
            <source>  Daemon: Docker Engine {version}, API {api}, at {where} ({store})</source>
            <translation>  데몬: {where}의 Docker 엔진 {version}, API {api} ({store})</translation>
        </message>
        <message>
            <source>none</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>  Found {images} images and {containers} containers ({summary})</source>
            <translation>  이미지 {images}개와 컨테이너 {containers}개를 찾았습니다 ({summary})</translation>
        </message>
        <message>
            <source>no answer yet</source>
            <translation>아직 응답이 없습니다</translation>
        </message>
        <message>
            <source>  Daemon: not connected. {reason}</source>
            <translation>  데몬: 연결되지 않음. {reason}</translation>
        </message>
        <message>
            <source>no views could be built. Reinstall the app.</source>
            <translation>보기를 하나도 만들지 못했습니다. 앱을 다시 설치하십시오.</translation>
        </message>
        <message>
            <source>the {view} view did not render.</source>
            <translation>{view} 보기가 그려지지 않았습니다.</translation>
        </message>
        <message>
            <source>  Rendered the {view} view ({width}×{height})</source>
            <translation>  {view} 보기를 그렸습니다 ({width}×{height})</translation>
        </message>
        <message>
            <source>background threads did not stop in time.</source>
            <translation>백그라운드 스레드가 제때 멈추지 않았습니다.</translation>
        </message>
        <message>
            <source>Self-test passed.</source>
            <translation>자체 점검을 통과했습니다.</translation>
        </message>
    </context>
    <context>
        <name>StackView</name>
        <message>
            <source>Removed: its writable layer is gone; the image layers below are unchanged.</source>
            <translation>삭제됨: 컨테이너 레이어는 사라졌고, 아래의 이미지 레이어는 그대로입니다.</translation>
        </message>
        <message>
            <source>added</source>
            <translation>추가됨</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>변경됨</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>삭제됨</translation>
        </message>
        <message>
            <source>Select a container in the list on the left.</source>
            <translation>왼쪽 목록에서 컨테이너를 선택하십시오.</translation>
        </message>
        <message>
            <source>▼ the image's layers: read-only, shared by every container of the image</source>
            <translation>▼ 이미지의 레이어: 읽기 전용이며, 이 이미지의 모든 컨테이너가 공유합니다</translation>
        </message>
        <message>
            <source>measuring…</source>
            <translation>측정 중…</translation>
        </message>
        <message>
            <source>gone</source>
            <translation>사라짐</translation>
        </message>
        <message>
            <source>stays</source>
            <translation>남음</translation>
        </message>
        <message>
            <source>Measure again</source>
            <translation>다시 측정</translation>
        </message>
        <message>
            <source>Read SizeRw and docker diff again: a running container keeps writing.</source>
            <translation>SizeRw와 docker diff를 다시 읽습니다. 실행 중인 컨테이너는 계속 씁니다.</translation>
        </message>
        <message>
            <source>&lt;b&gt;What the container changed&lt;/b&gt; (&lt;code&gt;docker diff&lt;/code&gt;)</source>
            <translation>&lt;b&gt;컨테이너가 바꾼 것&lt;/b&gt; (&lt;code&gt;docker diff&lt;/code&gt;)</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>경로</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>변경</translation>
        </message>
        <message>
            <source>These changes were in the writable layer and went with it.</source>
            <translation>이 변경 내용은 컨테이너 레이어에 있었고, 레이어와 함께 사라졌습니다.</translation>
        </message>
        <message>
            <source>{added} added, {changed} changed, {deleted} deleted. Deleting a file of the image only hides it (a whiteout in this layer): the image keeps it.</source>
            <translation>추가 {added}개, 변경 {changed}개, 삭제 {deleted}개. 이미지의 파일을 삭제하면 가려질 뿐이며(이 레이어의 화이트아웃), 이미지에는 그대로 남아 있습니다.</translation>
        </message>
        <message>
            <source>No changes: the writable layer holds nothing yet.</source>
            <translation>변경 없음: 컨테이너 레이어에 아직 아무것도 없습니다.</translation>
        </message>
        <message>
            <source>volume {volume}: still here, it outlived the container</source>
            <translation>볼륨 {volume}: 그대로 있습니다. 컨테이너보다 오래 남았습니다</translation>
        </message>
        <message>
            <source>volume {volume}: mounted into the container, stored apart from its layers</source>
            <translation>볼륨 {volume}: 컨테이너에 마운트됨, 레이어와 따로 저장됨</translation>
        </message>
        <message>
            <source>A volume is a folder the daemon keeps outside every layer. Writes to it skip the container's writable layer, and removing the container leaves it (and its data) in place.</source>
            <translation>볼륨은 데몬이 모든 레이어 바깥에 두는 폴더입니다. 볼륨에 쓴 내용은 컨테이너 레이어를 거치지 않고, 컨테이너를 삭제해도 볼륨과 그 데이터는 그대로 남습니다.</translation>
        </message>
        <message>
            <source>{name}: its own writable layer (read-write)</source>
            <translation>{name}: 자신의 쓰기 가능한 컨테이너 레이어(읽기·쓰기)</translation>
        </message>
        <message>
            <source>{name}: writable layer — removed</source>
            <translation>{name}: 컨테이너 레이어 — 삭제됨</translation>
        </message>
        <message>
            <source>SizeRw: the bytes this container wrote, changed or whited out, in its own layer. Stopping keeps it; removing the container deletes it.</source>
            <translation>SizeRw: 이 컨테이너가 자신의 레이어에 쓰거나 바꾸거나 화이트아웃한 바이트입니다. 정지해도 남아 있고, 컨테이너를 삭제하면 함께 삭제됩니다.</translation>
        </message>
        <message numerus="yes">
            <source>shared with %n other image(s)</source>
            <translation>
                <numerusform>다른 이미지 %n개와 공유</numerusform>
            </translation>
        </message>
        <message>
            <source>only this image</source>
            <translation>이 이미지만 사용</translation>
        </message>
        <message>
            <source>sharing not known yet</source>
            <translation>공유 여부를 아직 모름</translation>
        </message>
        <message>
            <source>{size} · read-only · {sharing}</source>
            <translation>{size} · 읽기 전용 · {sharing}</translation>
        </message>
        <message>
            <source>diff {id}</source>
            <translation>diff {id}</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>알 수 없음</translation>
        </message>
        <message>
            <source>No container selected</source>
            <translation>선택한 컨테이너 없음</translation>
        </message>
        <message>
            <source>Pick a container in the list on the left to see it on top of its image's layers.</source>
            <translation>왼쪽 목록에서 컨테이너를 선택하면 이미지 레이어 위에 놓인 모습을 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>삭제됨</translation>
        </message>
        <message>
            <source>on image &lt;b&gt;{name}&lt;/b&gt;</source>
            <translation>이미지 &lt;b&gt;{name}&lt;/b&gt; 위</translation>
        </message>
        <message>
            <source>Could not measure the container: {sentence}</source>
            <translation>컨테이너를 측정하지 못했습니다: {sentence}</translation>
        </message>
        <message>
            <source>Its own layer (SizeRw): {rw} · everything it sees (SizeRootFs): {total}.</source>
            <translation>자신의 레이어(SizeRw): {rw} · 컨테이너가 보는 전체(SizeRootFs): {total}.</translation>
        </message>
        <message>
            <source>Its own layer (SizeRw: the bytes this container wrote): {rw}.</source>
            <translation>자기 레이어(SizeRw: 이 컨테이너가 쓴 바이트): {rw}.</translation>
        </message>
        <message>
            <source>Reading the image's layers…</source>
            <translation>이미지의 레이어를 읽는 중…</translation>
        </message>
        <message numerus="yes">
            <source>Image {size} in %n layer(s), plus {meta} metadata steps that made no layer.</source>
            <translation>
                <numerusform>이미지 {size}, 레이어 %n개, 그리고 레이어를 만들지 않은 메타데이터 단계 {meta}개.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Image {size} in %n layer(s).</source>
            <translation>
                <numerusform>이미지 {size}, 레이어 %n개.</numerusform>
            </translation>
        </message>
        <message>
            <source>Left stripe: orange = shared with other images, blue = only this image.</source>
            <translation>왼쪽 띠: 주황색 = 다른 이미지와 공유, 파란색 = 이 이미지만 사용.</translation>
        </message>
    </context>
    <context>
        <name>Transfer</name>
        <message>
            <source>{reference} was already up to date: all its layers ({total}) are here; nothing was downloaded.</source>
            <extracomment>Daemon status text → (state, finished).</extracomment>
            <translation>{reference}: 이미 최신입니다. 레이어 {total}개가 모두 여기 있어 아무것도 내려받지 않았습니다.</translation>
        </message>
        <message>
            <source>Pulled {reference}: {total} layers, {moved} downloaded, {reused} already here (shared with local images).</source>
            <translation>{reference} 풀 완료: 레이어 {total}개 중 {moved}개를 내려받았고 {reused}개는 이미 있었습니다(로컬 이미지와 공유).</translation>
        </message>
        <message>
            <source>Pushed {reference}: {total} layers, {moved} uploaded, {reused} already in the registry.</source>
            <translation>{reference} 푸시 완료: 레이어 {total}개 중 {moved}개를 올렸고 {reused}개는 이미 레지스트리에 있었습니다.</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>대기 중</translation>
        </message>
        <message>
            <source>retrying</source>
            <translation>다시 시도 중</translation>
        </message>
        <message>
            <source>downloading</source>
            <translation>내려받는 중</translation>
        </message>
        <message>
            <source>downloaded</source>
            <translation>내려받음</translation>
        </message>
        <message>
            <source>extracting</source>
            <translation>푸는 중</translation>
        </message>
        <message>
            <source>uploading</source>
            <translation>올리는 중</translation>
        </message>
        <message>
            <source>already in the registry (mounted from another repository)</source>
            <translation>이미 레지스트리에 있음(다른 저장소에서 연결)</translation>
        </message>
        <message>
            <source>already exists here: not downloaded</source>
            <translation>이미 여기 있음: 내려받지 않음</translation>
        </message>
        <message>
            <source>already in the registry: not uploaded</source>
            <translation>이미 레지스트리에 있음: 올리지 않음</translation>
        </message>
        <message>
            <source>downloaded and unpacked</source>
            <translation>내려받고 풀었음</translation>
        </message>
        <message>
            <source>uploaded</source>
            <translation>올렸음</translation>
        </message>
    </context>
    <context>
        <name>TransferRunner</name>
        <message>
            <source>Pull {reference}</source>
            <translation>{reference} 풀</translation>
        </message>
        <message>
            <source>Push {reference}</source>
            <translation>{reference} 푸시</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>완료했습니다.</translation>
        </message>
    </context>
    <context>
        <name>TransferView</name>
        <message>
            <source>Layer {n}: {id}</source>
            <translation>레이어 {n}: {id}</translation>
        </message>
        <message>
            <source>shared with {images}</source>
            <translation>{images}와 공유</translation>
        </message>
        <message>
            <source>Each layer appears here as the daemon names it: green ones are already there and are not sent again.</source>
            <translation>데몬이 알려 주는 대로 각 레이어가 여기에 나타납니다: 초록색은 이미 그쪽에 있어 다시 보내지 않는 레이어입니다.</translation>
        </message>
        <message>
            <source>Pull from a registry</source>
            <translation>레지스트리에서 풀</translation>
        </message>
        <message>
            <source>Push to a registry</source>
            <translation>레지스트리로 푸시</translation>
        </message>
        <message>
            <source>&lt;b&gt;docker pull&lt;/b&gt; copies an image's layers from a registry to this machine. Layers already here (shared with local images) are not downloaded again.</source>
            <translation>&lt;b&gt;docker pull&lt;/b&gt;은 이미지의 레이어를 레지스트리에서 이 컴퓨터로 복사합니다. 이미 여기 있는 레이어(로컬 이미지와 공유)는 다시 내려받지 않습니다.</translation>
        </message>
        <message>
            <source>&lt;b&gt;docker push&lt;/b&gt; sends a local image's layers to the registry its name names (host:port/name:tag). Layers the registry already has are not uploaded again.</source>
            <translation>&lt;b&gt;docker push&lt;/b&gt;는 로컬 이미지의 레이어를 이름에 적힌 레지스트리(호스트:포트/이름:태그)로 보냅니다. 레지스트리에 이미 있는 레이어는 다시 올리지 않습니다.</translation>
        </message>
        <message>
            <source>&amp;Image:</source>
            <translation>이미지(&amp;I):</translation>
        </message>
        <message>
            <source>&amp;Pull</source>
            <translation>풀(&amp;P)</translation>
        </message>
        <message>
            <source>P&amp;ush</source>
            <translation>푸시(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>취소(&amp;C)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Name the image, e.g. 127.0.0.1:5000/name:tag.</source>
            <translation>이미지 이름을 적으세요. 예: 127.0.0.1:5000/name:tag</translation>
        </message>
        <message>
            <source>Docker Hub needs a login and a network; to push to a local registry, tag the image host:port/name:tag first (the image's menu: Tag for a registry…).</source>
            <translation>도커 허브에는 로그인과 네트워크가 필요합니다. 로컬 레지스트리로 푸시하려면 먼저 이미지에 호스트:포트/이름:태그 형태의 태그를 붙이세요(이미지 메뉴: 레지스트리용 태그…).</translation>
        </message>
        <message>
            <source>Pulling {reference}…</source>
            <translation>{reference} 풀 중…</translation>
        </message>
        <message>
            <source>Pushing {reference}…</source>
            <translation>{reference} 푸시 중…</translation>
        </message>
        <message>
            <source>Digest: {digest} — the registry's name for exactly this content; {reference}@{digest} always means these layers.</source>
            <translation>다이제스트: {digest} — 레지스트리가 바로 이 내용에 붙인 이름입니다. {reference}@{digest}는 언제나 이 레이어들을 뜻합니다.</translation>
        </message>
        <message>
            <source>Tag for a registry</source>
            <translation>레지스트리용 태그</translation>
        </message>
        <message>
            <source>A second name for {image}: the same image, no copy. A name that starts with a registry host (host:port/) says where push sends it.</source>
            <translation>{image}의 두 번째 이름입니다: 같은 이미지이며 복사하지 않습니다. 레지스트리 호스트(호스트:포트/)로 시작하는 이름은 push가 어디로 보낼지 알려 줍니다.</translation>
        </message>
        <message>
            <source>&amp;New name:</source>
            <translation>새 이름(&amp;N):</translation>
        </message>
    </context>
    <context>
        <name>WriteFileDialog</name>
        <message>
            <source>Give a full path to a file, for example /tmp/hello.txt.</source>
            <translation>파일의 전체 경로를 적으십시오. 예: /tmp/hello.txt</translation>
        </message>
        <message>
            <source>Write a file in {name}</source>
            <translation>{name} 안에 파일 쓰기</translation>
        </message>
        <message>
            <source>&amp;Path:</source>
            <translation>경로(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>내용(&amp;T):</translation>
        </message>
        <message>
            <source>The file goes into the container's own writable layer; the image's layers do not change. docker diff then lists it, and docker commit would make it an image layer.</source>
            <translation>파일은 컨테이너 자신의 쓰기 가능한 레이어에 들어가고, 이미지 레이어는 바뀌지 않습니다. docker diff에 그 파일이 나오고, docker commit 명령으로 커밋하면 이미지 레이어가 됩니다.</translation>
        </message>
    </context>
</TS>
