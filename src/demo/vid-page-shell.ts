/**
 * The VID portal page around a declaration (2024 layout), as a saved page holds it with
 * its script elements removed. Only the declaration between head and tail varies.
 */

export const PAGE_HEAD = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="lv" class="js"><head><title>
	
	Valsts amatpersonas deklarācija

</title><meta http-equiv="X-UA-Compatible" content="IE=edge;chrome=1"><meta name="format-detection" content="telephone=no"><meta name="SKYPE_TOOLBAR" content="SKYPE_TOOLBAR_PARSER_COMPATIBLE">
	<style type="text/css" media="all">
		@import "../Content/jquery-ui.min.css";
	</style>
	<style type="text/css" media="all">
		@import "../Content/pdb.css?v=5.14.0";
	</style>
    <style type="text/css" media="all">
		@import "../Content/rewrite.css?v=5.14.0";
	</style>
    <style type="text/css" media="all">
		@import "../Content/iframe.css?v=5.14.0";
	</style>

    <style type="text/css" media="all">
		@import "../Content/Template/style.css?v=5.14.0";
	</style>

	
	
	
	
    



	
	
</head>
<body class="vid-header page-vad popup_onload-processed">
	

	<!--Header-->
    <!--20.05.2022 msl #PDB-RZ-362 Pievienotas izmaiņas priekš iFrame-->
<header class="vid-template">
    <div class="container showAsSubpage">
        <!--20.05.2022 msl #PDB-RZ-362-->        
        
        <div class="row">
            <div class="col-md-4 text-left gerbonis">
                <!--30.05.2022 msl #PDB-RZ-362-->
                
                <div class="logotxt">Valsts ieņēmumu dienests</div>
            </div>
        </div>
    </div>
    <!--20.05.2022 msl #PDB-RZ-362-->
    
</header>


	
	
	<!-- 20.05.2022 msl #PDB-RZ-362 -->
	<div id="container" class="main-wrapper clearfix showAsSubpage">
		<!--Menu -->
        
		<!--Content -->
		<div id="content">
			<h1 class="content-title">
				
	Valsts amatpersonas deklarācija

			</h1>
			
	
	<div id="data">
		
<ul id="navigation_top" class="clearfix">
	<li class="left"><a href="#" class="link_back_important" onclick="document.location.href ='../VAD/Person'; return false;" title="Citas šīs valsts amatpersonas iesniegtās deklarācijas">Atgriezties uz valsts
		amatpersonas deklarāciju sarakstu</a> </li>
</ul>

`;

/** The tail up to the "updated at" timestamp, then the rest of the page. */
export const PAGE_TAIL_BEFORE_STAMP = `<ul id="navigation">
	<li class="left"><a href="#" class="link_back_important" onclick="document.location.href ='../VAD/Person'; return false;" title="Citas šīs valsts amatpersonas iesniegtās deklarācijas">Atgriezties uz valsts
		amatpersonas deklarāciju sarakstu</a> </li>
	<li class="right"><a href="javascript:printWindow('../VAD/VADDataPrint');" class="link_print" onmouseover="window.status='Izdruka'; return true;" onmouseout="window.status=''; return true;">
		Izdrukai</a> </li>
</ul>
<br>
<br>

<p>
	Informācija atjaunota:
	`;

export const PAGE_TAIL_AFTER_STAMP = `</p>


</div>
	

            <div class="pdb-info">
			    
			    
			    
	<div class="info">
    
</div>
            </div>
		</div>
	</div>

   	<!--Footer -->
    <!--20.05.2022 msl #PDB-RZ-362 Pievienotas izmaiņas priekš iFrame-->

    
	
	


<div id="cboxOverlay" style="display: none;"></div><div id="colorbox" class="" role="dialog" tabindex="-1" style="display: none;"><div id="cboxWrapper"><div><div id="cboxTopLeft" style="float: left;"></div><div id="cboxTopCenter" style="float: left;"></div><div id="cboxTopRight" style="float: left;"></div></div><div style="clear: left;"><div id="cboxMiddleLeft" style="float: left;"></div><div id="cboxContent" style="float: left;"><div id="cboxTitle" style="float: left;"></div><div id="cboxCurrent" style="float: left;"></div><button type="button" id="cboxPrevious"></button><button type="button" id="cboxNext"></button><button id="cboxSlideshow"></button><div id="cboxLoadingOverlay" style="float: left;"></div><div id="cboxLoadingGraphic" style="float: left;"></div></div><div id="cboxMiddleRight" style="float: left;"></div></div><div style="clear: left;"><div id="cboxBottomLeft" style="float: left;"></div><div id="cboxBottomCenter" style="float: left;"></div><div id="cboxBottomRight" style="float: left;"></div></div></div><div style="position: absolute; width: 9999px; visibility: hidden; display: none; max-width: none;"></div></div></body></html>`;
